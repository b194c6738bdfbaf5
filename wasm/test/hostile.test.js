// Hostile input gets an answer, never a trap (a Rust panic is a WebAssembly trap here, a
// thrown RuntimeError) nor a silent change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ck } from './support.js';

const entry = (fields) => ({ firstName: 'Ann', lastName: 'Lee', ...fields });
const MB10 = 10 * 1024 * 1024;

test('lone surrogates in every string field of an entry: the field is named, as text or object', () => {
  for (const field of ['firstName', 'lastName', 'source', 'phoneNumber', 'email', 'address1', 'city', 'country', 'partnerCustomerId']) {
    for (const bad of ['\uD800', 'a\uDC00b', 'x\uDBFF', '\uDFFF\uD800']) {
      const want = `ValidationError: "${field}" must not contain unpaired surrogates`;
      const asObject = ck.validateEntry(entry({ [field]: bad }));
      assert.equal(asObject.error, want, `${field} object`);
      assert.equal(asObject.details[0].type, 'string.surrogate');
      // Raw in JSON text: JSON.stringify leaves a lone surrogate raw only if asked; build it.
      const text = `{"firstName":"Ann","lastName":"Lee",${JSON.stringify(field)}:"${bad}"}`;
      assert.equal(ck.validateEntry(text).error, want, `${field} text`);
    }
  }
  assert.equal(
    ck.validateEntry(entry({ tags: ['ok', '\uD83D'] })).error,
    'ValidationError: "tags[1]" must not contain unpaired surrogates',
  );
  // A well-formed pair is text like any other.
  assert.equal(ck.validateEntry(entry({ city: 'Kolín \uD83D\uDE00' })).ok, true);
});

test('lone surrogates: update profile, request bodies, keys and scalars', () => {
  assert.equal(
    ck.validateUpdateProfile({ email: 'a@example.com', city: 'x\uD800' }).error,
    'ValidationError: "city" must not contain unpaired surrogates',
  );
  const body = `{"userProperties":[{"firstName":"\uDC00","lastName":"B"}]}`;
  const response = ck.validateRequest(body);
  assert.equal(
    response.data.invalidUserProperties[0].error,
    'ValidationError: "firstName" must not contain unpaired surrogates',
  );
  // A lone surrogate in a key is not an error of its own: the key is unknown.
  assert.match(ck.validateEntry(entry({ ['k\uD800']: 1 })).error, /is not allowed$/);
  // `"\` then a lone surrogate is an invalid escape for JSON.parse, and stays one.
  const escaped = ck.validateEntry('{"firstName":"\\\uD800","lastName":"B"}');
  assert.equal(escaped.ok, false);
  assert.match(escaped.error, /must be valid JSON/);
  assert.throws(() => JSON.parse('{"firstName":"\\\uD800","lastName":"B"}'), SyntaxError);
  for (const [fn, concept] of [[ck.canonicalEmail, 'email'], [ck.normalizedIp, 'ip'], [(s) => ck.intlPhone(s, 'IN'), 'phone']]) {
    assert.deepStrictEqual(fn('a\uD800b'), { ok: false, value: null, error: `${concept}: must not contain unpaired surrogates` });
  }
});

test('deep nesting: an error naming the limit, in every input form', () => {
  const depth = 100000;
  const text = `{"firstName":"A","lastName":"B","x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
  const r = ck.validateEntry(text);
  assert.equal(r.ok, false);
  assert.match(r.error, /nest|depth|deep/i, r.error);
  const req = ck.validateRequest(`{"userProperties":[${'['.repeat(depth)}${']'.repeat(depth)}]}`);
  assert.equal(req.status, 400, JSON.stringify(req).slice(0, 200));
  let nested = {};
  for (let i = 0; i < 2000; i++) nested = { a: nested };
  assert.equal(ck.validateEntry(entry({ x: nested })).ok, false);
  assert.equal(ck.validateUpdateProfile({ email: 'a@example.com', groups: [nested] }).ok, false);
  // So deep that JSON.stringify itself overflows the JavaScript stack: still an answer.
  let deeper = {};
  for (let i = 0; i < 1e6; i++) deeper = { a: deeper };
  const d = ck.validateEntry(deeper);
  assert.equal(d.ok, false);
});

test('10 MB strings: an error, not a trap, for every function', () => {
  const big = 'a'.repeat(MB10);
  assert.equal(
    ck.validateEntry(entry({ firstName: big })).error,
    'ValidationError: "firstName" length must be less than or equal to 10000 characters long',
  );
  assert.equal(ck.validateEntry(entry({ email: `${big}@example.com` })).error, 'ValidationError: "email" must be a valid email');
  assert.equal(ck.validateEntry(entry({ phoneNumber: '9'.repeat(MB10) })).ok, false);
  assert.equal(ck.validateUpdateProfile({ email: 'a@example.com', city: big }).ok, false);
  assert.equal(ck.validateUpdateProfile(`{"email":"${big}"}`).ok, false);
  for (const fn of [ck.canonicalEmail, ck.normalizedIp, ck.intlPhone, ck.apiKeyKind, ck.referralId]) {
    const r = fn(big);
    assert.equal(r.ok, false, fn.name);
    assert.ok(r.error.length < 200, `${fn.name}: the error does not echo the input`);
  }
  // Over the body limit (16 MiB): BIK's 400 answer.
  const huge = ck.validateRequest(`{"userProperties":[{"firstName":"${'a'.repeat(17 * 1024 * 1024)}"}]}`);
  assert.equal(huge.status, 400);
  assert.match(huge.error, /16777216|bytes/);
});

test('garbage: random text and bytes always get an answer', () => {
  let seed = 17;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const alphabet = ['{', '}', '[', ']', '"', ':', ',', '\\', 'u', 'D', '8', '0', 'a', '@', '.', '+', ' ', '\uD800', '\uDC00', '\u0000', 'é', '\u0301', '1', 'e', '-', 'null', 'true', '"firstName"', '"lastName"', '"email"'];
  for (let n = 0; n < 3000; n++) {
    let s = '';
    const len = Math.floor(rand() * 60);
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
    for (const fn of [ck.validateEntry, ck.validateUpdateProfile, ck.canonicalEmail, ck.normalizedIp, ck.intlPhone, ck.apiKeyKind, ck.referralId]) {
      const r = fn(s);
      assert.equal(typeof r.ok, 'boolean', `${fn.name}(${JSON.stringify(s)})`);
    }
    assert.ok([200, 400].includes(ck.validateRequest(s).status));
    const bytes = new Uint8Array(len).map(() => Math.floor(rand() * 256));
    assert.ok([200, 400].includes(ck.validateRequest(bytes).status));
  }
});

test('values JavaScript cannot write as JSON, and non-objects', () => {
  const cyclic = entry({});
  cyclic.self = cyclic;
  assert.equal(ck.validateEntry(cyclic).error, 'ValidationError: "value" must be JSON-serializable');
  assert.equal(ck.validateEntry(entry({ n: 1n })).ok, false);
  for (const v of [undefined, null, 1, 'x', [], true]) {
    assert.equal(ck.validateEntry(v).ok, false, String(v));
    assert.equal(ck.validateUpdateProfile(v).ok, false, String(v));
  }
  assert.equal(ck.validateEntry(null).error, 'ValidationError: "value" must be of type object');
  assert.throws(() => ck.validateEntry({}, { region: 'XX' }), RangeError);
  assert.throws(() => ck.validateEntry({}, { region: 7 }), RangeError);
});

test('after all of the above the module still answers', () => {
  assert.deepStrictEqual(ck.canonicalEmail('Jan@Example.COM'), { ok: true, value: 'jan@example.com', error: null });
});
