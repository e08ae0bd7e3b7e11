// tsx runs the server without checking types, and the root tsconfig covers only the library, so the
// server's own type check runs here, as part of `npm test`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';

test('the server, its tests and the contract it imports type-check (tsc -p demo/server)', () => {
  const root = resolve(import.meta.dirname, '../../..');
  const result = spawnSync(resolve(root, 'node_modules/.bin/tsc'), ['-p', resolve(root, 'demo/server/tsconfig.json')], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
});
