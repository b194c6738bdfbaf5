// Paths and inputs shared by the tests. wasm/ci.sh prepares what lives under
// wasm/target/ci (the native reference answers, the 100k body, the CLI's output).
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const wasmDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = path.resolve(wasmDir, '..');
export const ciDir = process.env.CONTACTKIT_WASM_CI_DIR ?? path.join(wasmDir, 'target', 'ci');

/** The package as a user gets it: built by build.sh into pkg/. */
export const ck = await import(path.join(wasmDir, 'pkg', 'index.js'));

export function table(name) {
  return JSON.parse(readFileSync(path.join(repoDir, 'tests', 'data', name), 'utf8'));
}

/** A file wasm/ci.sh prepares; a clear failure when it was not run. */
export function ciFile(name) {
  const file = path.join(ciDir, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run bash wasm/ci.sh (it prepares it)`);
  return file;
}
