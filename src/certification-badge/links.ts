/**
 * Links and logos of a certification, https: only. Apart from source.ts so that the signed
 * records' chunk (signed/seals.ts) can hold a verified payload to the same rule without importing
 * the data layer (which would split a static chunk off jawda.min.js).
 */
import type { Certification } from '../core/contract.js';
import { httpsUrl } from '../core/https-url.js';

/** The certification with every link and logo that is not https: dropped (a signed payload's too), each named to the developer. */
export function safeLinks(certification: Certification, warn: (message: string) => void): Certification {
  const check = (field: string, value: string | undefined) => {
    const safe = httpsUrl(value);
    if (value && !safe)
      warn(
        `${field} of certificate "${certification.id}" is not an https: address (${JSON.stringify(value.slice(0, 80))}); it is not shown.`,
      );
    return safe;
  };
  const body = certification.certificationBody;
  return {
    ...certification,
    verifyUrl: check('verifyUrl', certification.verifyUrl),
    certificationBody: { ...body, url: check('certificationBody.url', body.url), logo: check('certificationBody.logo', body.logo) },
  };
}
