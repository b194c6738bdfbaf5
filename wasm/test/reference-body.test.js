// The project's 100k reference body (benches/perf/gen_data.py) through validateEntry and
// validateRequest: the same split and the same first error for every entry as
// `contactkit check` (the CLI, built natively), run by wasm/ci.sh on the same body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ck, ciFile } from './support.js';

// The whole 100k body in one request: over BIK's per-request limits, so they are raised.
const BIG = { maxBodyBytes: 64 * 1024 * 1024, maxEntries: 100000 };
const bodyText = readFileSync(ciFile('bulk-100k.json'), 'utf8');
const lines = bodyText.split('\n');
// One entry per line (gen_data.py's layout), between `{"userProperties":[` and `]}`.
const entries = [];
for (let i = 1; i < lines.length; i++) {
  const line = lines[i].endsWith(',') ? lines[i].slice(0, -1) : lines[i];
  if (line.startsWith('{')) entries.push({ line: i + 1, text: line });
}
const jsonl = (file) =>
  readFileSync(ciFile(file), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
const clean = jsonl('clean.jsonl');
const rejects = jsonl('rejects.jsonl');

test('the body has 100,000 entries, as the CLI counted', () => {
  assert.equal(entries.length, 100000);
  assert.equal(clean.length + rejects.length, 100000);
});

test('validateEntry: the CLI split, values and first errors', () => {
  const valid = [];
  const invalid = [];
  for (const e of entries) {
    const r = ck.validateEntry(e.text);
    if (r.ok) valid.push(r.value);
    else invalid.push({ line: e.line, error: r.error });
  }
  console.log(`validateEntry: ${valid.length} valid, ${invalid.length} invalid`);
  assert.equal(valid.length, clean.length);
  assert.equal(invalid.length, rejects.length);
  let firstDiff = -1;
  for (let i = 0; i < valid.length && firstDiff < 0; i++) {
    if (JSON.stringify(valid[i]) !== JSON.stringify(clean[i])) firstDiff = i;
  }
  assert.equal(firstDiff, -1, `valid entry ${firstDiff}: ${JSON.stringify(valid[firstDiff])} vs ${JSON.stringify(clean[firstDiff])}`);
  const want = rejects.map((r) => ({ line: r.line, error: r.errors[0] }));
  assert.deepStrictEqual(invalid, want);
});

test('validateRequest: the same invalid entries, with the same errors', () => {
  const response = ck.validateRequest(new TextEncoder().encode(bodyText), BIG);
  assert.equal(response.status, 200);
  const invalid = response.data.invalidUserProperties;
  assert.equal(invalid.length, rejects.length);
  assert.deepStrictEqual(
    invalid.map((e) => e.error),
    rejects.map((r) => r.errors[0]),
  );
  // The entries are echoed as sent (the CLI's record is the entry itself).
  for (let i = 0; i < invalid.length; i++) {
    const { error, ...entry } = invalid[i];
    assert.deepStrictEqual(entry, rejects[i].record, `invalid entry ${i}`);
  }
});
