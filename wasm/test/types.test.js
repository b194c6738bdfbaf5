// index.d.ts is valid TypeScript and describes the API: a usage file compiles under
// `strict` (and a wrong option is refused).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { wasmDir } from './support.js';

test('index.d.ts: a strict usage file compiles', () => {
  const tsc = path.join(wasmDir, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', path.join(wasmDir, 'test', 'types', 'tsconfig.json')], {
    encoding: 'utf8',
    timeout: 60000,
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});
