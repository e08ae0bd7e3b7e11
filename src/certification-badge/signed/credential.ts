/**
 * The shapes of what a signed record carries once its signature holds: a W3C Verifiable Credential
 * 2.0 (VC-JOSE-COSE, so the JWT claims `iss`, `iat`, `exp` sit beside the credential's own members)
 * whose subject is a certification under the contract's own names, and the Bitstring Status List
 * credential its status comes from.
 */
import * as z from 'zod/mini';
import { Certification } from '../../core/contract.js';

/** The context a VC 2.0 credential starts with. */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

// XML Schema dateTimeStamp, as VC 2.0 asks: a time zone is required, so every reader reads one instant.
const DateTimeStamp = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/),
  z.refine((text) => !Number.isNaN(Date.parse(text))),
);
const NumericDate = z.number().check(z.refine(Number.isFinite));

const Context = z
  .array(z.unknown())
  .check(z.refine((context) => context[0] === VC_V2_CONTEXT, { error: `@context must start with ${VC_V2_CONTEXT}` }));

/** `type`: one term or several; the credential's own type must be among them. */
const typeIncluding = (required: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .check(z.refine((type) => (Array.isArray(type) ? type : [type]).includes(required), { error: `type must include ${required}` }));

/** The issuer as VC 2.0 allows it: its URL, or an object with an `id` (the name shown comes from the trust list). */
const Issuer = z.union([
  z.string().check(z.minLength(1)),
  z.object({ id: z.string().check(z.minLength(1)), name: z.optional(z.unknown()) }),
]);

/** The issuer's id however it was written. */
export function issuerId(issuer: z.infer<typeof Issuer>): string {
  return typeof issuer === 'string' ? issuer : issuer.id;
}

/** A `BitstringStatusListEntry`: where one of the record's status bits lives. */
export const StatusEntry = z.object({
  type: z.literal('BitstringStatusListEntry'),
  statusPurpose: z.string().check(z.minLength(1), z.maxLength(64)),
  // A string of digits in the standard; a number is read too (the index is not a security matter).
  statusListIndex: z.union([z.string().check(z.regex(/^\d{1,10}$/)), z.int().check(z.minimum(0))]),
  statusListCredential: z.string().check(z.minLength(1), z.maxLength(2048)),
  statusSize: z.optional(z.int()),
});
export type StatusEntry = z.infer<typeof StatusEntry>;

/**
 * The certification a record vouches for: the contract's `Certification` without what the record
 * does not assert (its status comes from the status list, its check time from the verifier, and it is
 * not itself signed again).
 */
export const SignedCertification = z.omit(Certification, { status: true, lastVerifiedAt: true, signed: true });
export type SignedCertification = z.infer<typeof SignedCertification>;

/** The payload of a signed certification record. */
export const CertificationCredential = z.object({
  '@context': Context,
  type: typeIncluding('VerifiableCredential'),
  issuer: Issuer,
  validFrom: DateTimeStamp,
  validUntil: DateTimeStamp,
  credentialSubject: SignedCertification,
  credentialStatus: z.union([StatusEntry, z.array(StatusEntry).check(z.minLength(1), z.maxLength(8))]),
  iss: z.string(),
  iat: NumericDate,
  exp: NumericDate,
});
export type CertificationCredential = z.infer<typeof CertificationCredential>;

/** The payload of a status list (`BitstringStatusListCredential`). */
export const StatusListCredential = z.object({
  '@context': Context,
  type: typeIncluding('BitstringStatusListCredential'),
  issuer: Issuer,
  validFrom: z.optional(DateTimeStamp),
  validUntil: z.optional(DateTimeStamp),
  credentialSubject: z.object({
    type: z.literal('BitstringStatusList'),
    statusPurpose: z.string(),
    encodedList: z.string().check(z.startsWith('u')),
  }),
  iss: z.string(),
  iat: z.optional(NumericDate),
  exp: z.optional(NumericDate),
});
export type StatusListCredential = z.infer<typeof StatusListCredential>;
