// Every conformance table in tests/data/ through the JavaScript API: each answer must equal
// the native Rust answer for the same case (wasm/examples/expected.rs), and the table's own
// expectation, as the Rust tests read it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ck, table, ciFile } from './support.js';

const expected = JSON.parse(readFileSync(ciFile('expected.json'), 'utf8'));

// Runs `cases` through `run`; collects every difference so one run shows them all.
function check(name, run, ownRule) {
  const cases = table(name);
  const reference = expected[name];
  assert.equal(reference.length, cases.length, `${name}: reference has another case count`);
  assert.ok(cases.length > 0);
  const failures = [];
  cases.forEach((c, i) => {
    const got = run(c);
    try {
      assert.deepStrictEqual(got, reference[i]);
    } catch {
      failures.push(`#${i} differs from Rust: ${JSON.stringify(got)} vs ${JSON.stringify(reference[i])}`);
      return;
    }
    const problem = ownRule(c, got);
    if (problem) failures.push(`#${i} ${JSON.stringify(c.input ?? c.id)}: ${problem}`);
  });
  assert.deepEqual(failures, [], `${failures.length} of ${cases.length} ${name} cases fail`);
  return cases.length;
}

test('email.json', () => {
  check('email.json', (c) => ck.canonicalEmail(c.input), (c, got) => {
    if (c.valid && !got.ok) return `rejected (${got.error}), want valid`;
    if (c.valid && got.value !== c.normalized) return `got ${got.value}, want ${c.normalized}`;
    if (!c.valid && got.ok) return `accepted as ${got.value}, want invalid`;
  });
});

test('ip.json', () => {
  check('ip.json', (c) => ck.normalizedIp(c.input), (c, got) => {
    if (c.valid && got.value !== c.normalized) return `got ${JSON.stringify(got)}, want ${c.normalized}`;
    if (!c.valid && got.ok) return `accepted as ${got.value}`;
  });
});

test('phone.json', () => {
  check(
    'phone.json',
    (c) => (c.default_region === null ? ck.intlPhone(c.input) : ck.intlPhone(c.input, c.default_region)),
    (c, got) => {
      if (!c.valid) return got.ok ? `accepted as ${got.value}` : undefined;
      if (!got.ok) return `rejected (${got.error})`;
      // libphonenumber labels non-geographic numbers 001; the library gives null.
      const mine = [got.value, got.e164, got.region ?? '001', got.type];
      const want = [c.canonical, c.e164, c.region, c.type];
      if (JSON.stringify(mine) !== JSON.stringify(want)) return `${mine} != ${want}`;
    },
  );
});

test('tokens.json', () => {
  check(
    'tokens.json',
    (c) => (c.type === 'api_key' ? ck.apiKeyKind(c.input) : ck.referralId(c.input)),
    (c, got) => {
      if (c.valid !== got.ok) return `ok ${got.ok}, want ${c.valid} (${got.error})`;
      if (c.type === 'api_key' && got.ok && got.value !== c.kind) return `kind ${got.value}, want ${c.kind}`;
      if (c.type === 'referral_id' && got.ok && got.value !== c.normalized) return `got ${got.value}`;
      // An API key is a secret: no answer may show it.
      if (c.type === 'api_key' && c.input.length >= 8 && JSON.stringify(got).includes(c.input)) return 'shows the key';
    },
  );
});

test('joi_user_properties.json: validateEntry, first error and all errors', () => {
  check(
    'joi_user_properties.json',
    (c) => ({ first: ck.validateEntry(c.entry_json), all: ck.validateEntry(c.entry_json, { allErrors: true }) }),
    (c, got) => {
      const error = got.first.ok ? null : got.first.error;
      if (error !== c.error) return `error ${JSON.stringify(error)}, want ${JSON.stringify(c.error)}`;
      if (!got.first.ok && got.first.details[0].message !== got.all.details[0].message) return 'reports disagree';
    },
  );
});

test('joi_user_properties.json: validateRequest answers each entry as validateEntry', () => {
  const cases = table('joi_user_properties.json');
  const body = `{"userProperties":[\n${cases.map((c) => c.entry_json).join(',\n')}\n]}`;
  const response = ck.validateRequest(body);
  assert.equal(response.status, 200);
  const want = cases.filter((c) => c.error !== null).map((c) => c.error);
  const got = response.data.invalidUserProperties.map((e) => e.error);
  assert.deepEqual(got, want);
  // Bytes and text are the same request.
  assert.deepStrictEqual(ck.validateRequest(new TextEncoder().encode(body)), response);
});

test('update_profile.json: validateUpdateProfile', () => {
  check(
    'update_profile.json',
    (c) => ({
      first: ck.validateUpdateProfile(c.body),
      all: ck.validateUpdateProfile(c.body, { allErrors: true }),
    }),
    (c, got) => {
      if (got.first.ok !== c.valid) return `ok ${got.first.ok}, want ${c.valid}: ${got.first.error}`;
      if (!c.valid && c.field !== 'body') {
        const first = got.first.details[0].path[0];
        if (first !== c.field) return `rejected on ${first}, want ${c.field}`;
      }
    },
  );
});
