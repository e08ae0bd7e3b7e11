/**
 * `npm run admin -- <command>`: the operator's tool, on the same database as the server
 * (DATABASE_URL, or the embedded one in JAWDA_DATA_DIR: stop the server first, the folder is locked).
 *
 *   keys create --label NAME --role publisher|portal|analyst [--role ...]   prints the key, once
 *   keys list                                                             ids, labels, roles, revoked
 *   keys revoke ID
 *   import FILE [--dry-run] [--format csv|json]                            a Taqyeem results sheet
 *   audit [--limit N]                                                      the latest admin writes
 *   signing rotate [--alg ES256|EdDSA]                                     see below
 *   signing list                                                          the signing keys: kid, state
 *
 * Key rotation takes two `signing rotate`s: the first publishes a `next` key in the JWKS beside the
 * current one (it signs nothing yet); the second, once portals and browsers have had time to see it
 * (their JWKS caches: a day is safe), makes it current and retires the old key, whose public half
 * stays in the JWKS so every record it signed still verifies. Restart the server after each step.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDb, type Db } from './db.js';
import { importSheet, formatImportReport } from './import/sheet.js';
import { migrate } from './migrations.js';
import { ADMIN_ROLES, createKey, isAdminRole, listKeys, revokeKey } from './store/api-keys.js';
import { audit, auditEntries } from './store/audit.js';
import { settingsFromEnv, type ServerSettings } from './settings.js';
import { listSigningKeys, rotateSigningKeys, SIGNING_ALGORITHMS, type SigningAlgorithm } from './signing/keys.js';

const USAGE = `usage: npm run admin -- <command>
  keys create --label NAME --role ${ADMIN_ROLES.join('|')} [--role ...]
  keys list
  keys revoke ID
  import FILE [--dry-run] [--format csv|json]
  audit [--limit N]
  signing rotate [--alg ES256|EdDSA]
  signing list`;

/** Where the signing keys are (the server's settings; tests pass their own). */
export type SigningSettings = Pick<ServerSettings, 'signingKey' | 'signingKeyFile'>;

/** Runs one command; returns the exit code. Output goes to `out`, problems to `err`. */
export async function runAdmin(
  argv: string[],
  db: Db,
  out: (line: string) => void,
  err: (line: string) => void,
  signing: () => SigningSettings = settingsFromEnv,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      label: { type: 'string' },
      role: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      format: { type: 'string' },
      limit: { type: 'string' },
      alg: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const [command, sub, argument] = positionals;
  if (values.help || !command) {
    out(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'keys' && sub === 'create') {
    const roles = values.role ?? [];
    const unknown = roles.filter((role) => !isAdminRole(role));
    if (!values.label || roles.length === 0 || unknown.length) {
      err(
        unknown.length
          ? `Unknown role ${unknown.join(', ')}; roles are ${ADMIN_ROLES.join(', ')}`
          : 'keys create needs --label and at least one --role',
      );
      return 2;
    }
    const { id, key } = await createKey(db, values.label, roles.filter(isAdminRole));
    await audit(db, 'cli', 'key.create', `key:${id}`, { after: { id, label: values.label, roles } });
    out(`Created key ${id} (${roles.join(', ')}). It is shown only now; send it as "Authorization: Bearer <key>":`);
    out(key);
    return 0;
  }
  if (command === 'keys' && sub === 'list') {
    for (const key of await listKeys(db))
      out(
        `${key.id}  ${key.roles.join(',').padEnd(26)} ${key.revokedAt ? `revoked ${key.revokedAt}` : `since ${key.createdAt}`}  ${key.label}`,
      );
    return 0;
  }
  if (command === 'keys' && sub === 'revoke' && argument) {
    if (!(await revokeKey(db, argument))) {
      err(`No key ${argument} in force`);
      return 1;
    }
    await audit(db, 'cli', 'key.revoke', `key:${argument}`, undefined);
    out(`Revoked key ${argument}`);
    return 0;
  }
  if (command === 'import' && sub) {
    const format = values.format ?? (sub.toLowerCase().endsWith('.json') ? 'json' : 'csv');
    if (format !== 'csv' && format !== 'json') {
      err('--format is csv or json');
      return 2;
    }
    const report = await importSheet(db, sub, { format, dryRun: values['dry-run'] ?? false });
    for (const line of formatImportReport(report)) (report.errors.length ? err : out)(line);
    return report.errors.length ? 1 : 0;
  }
  if (command === 'audit') {
    for (const entry of await auditEntries(db, Number(values.limit ?? 50) || 50))
      out(`${entry.at}  ${entry.keyId.padEnd(12)} ${entry.action.padEnd(22)} ${entry.target}  ${JSON.stringify(entry.change)}`);
    return 0;
  }
  if (command === 'signing' && (sub === 'rotate' || sub === 'list')) return signingCommand(sub, values.alg, signing(), out, err);
  err(USAGE);
  return 2;
}

function signingCommand(
  sub: 'rotate' | 'list',
  alg: string | undefined,
  { signingKey, signingKeyFile }: SigningSettings,
  out: (line: string) => void,
  err: (line: string) => void,
): number {
  if (!signingKeyFile) {
    err('The signing keys live in memory (JAWDA_DATA_DIR=memory): there is nothing to rotate');
    return 1;
  }
  if (sub === 'list') {
    for (const key of listSigningKeys(signingKeyFile))
      out(`${key.kid}  ${key.alg.padEnd(6)} ${key.state.padEnd(8)} since ${key.createdAt}`);
    if (signingKey) out('JAWDA_SIGNING_KEY is set: it signs, and the keys above are only published');
    return 0;
  }
  if (signingKey) {
    err(
      'The signing key comes from JAWDA_SIGNING_KEY: rotate it where it is kept (publish the next key first), or unset it to use the keys file',
    );
    return 1;
  }
  if (alg !== undefined && !(SIGNING_ALGORITHMS as readonly string[]).includes(alg)) {
    err(`--alg is one of ${SIGNING_ALGORITHMS.join(', ')}`);
    return 2;
  }
  const rotation = rotateSigningKeys(signingKeyFile, alg as SigningAlgorithm | undefined);
  if (rotation.step === 'published-next') {
    out(`Published the next signing key ${rotation.kid} (${rotation.alg}); it signs nothing yet.`);
    out('Restart the server; once portals have seen it (a day), run `signing rotate` again to sign with it.');
  } else {
    out(`Signing with ${rotation.kid} now; ${rotation.retired} is retired and stays published, so its records still verify.`);
    out('Restart the server.');
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const settings = settingsFromEnv();
  const db = await openDb({ url: settings.databaseUrl, dataDir: settings.dataDir, schema: settings.databaseSchema });
  let code = 1;
  try {
    await migrate(db);
    code = await runAdmin(
      process.argv.slice(2),
      db,
      (line) => console.log(line),
      (line) => console.error(line),
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
  } finally {
    await db.close();
  }
  process.exit(code);
}
