// The API's shapes and options, as the README and index.d.ts document them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ck } from './support.js';

test('validateEntry: normalized value, Joi error and details, options', () => {
  const ok = ck.validateEntry({ firstName: ' Ann ', lastName: 'Lee', email: 'Ann@Example.COM', phoneNumber: '9090909090' });
  assert.deepStrictEqual(ok, {
    ok: true,
    value: { firstName: 'Ann', lastName: 'Lee', phoneNumber: '+91 9090909090', email: 'ann@example.com' },
  });
  const czech = ck.validateEntry({ firstName: 'A', lastName: 'B', phoneNumber: '777 123 456' }, { region: 'CZ' });
  assert.equal(czech.value.phoneNumber, '+420 777123456');
  const bad = ck.validateEntry('{"emial":"x","firstName":1}');
  assert.deepStrictEqual(bad, {
    ok: false,
    error: 'ValidationError: "firstName" must be a string',
    details: [{ message: '"firstName" must be a string', path: ['firstName'], type: 'string.base', context: { label: 'firstName', key: 'firstName' } }],
  });
  const all = ck.validateEntry('{"emial":"x","firstName":1}', { allErrors: true });
  assert.equal(all.error, 'ValidationError: "firstName" must be a string. "lastName" is required. "emial" is not allowed');
  assert.equal(all.details.length, 3);
  assert.match(ck.validateEntry('{"firstName":').error, /must be valid JSON \(line 1, column/);
});

test('validateUpdateProfile and validateRequest', () => {
  const profile = ck.validateUpdateProfile({ email: 'Jan@Barasek.com', groups: ['vip', 'vip'], country: 'cz', postalCode: '27201' });
  assert.equal(profile.ok, true);
  assert.equal(profile.value.email, 'jan@barasek.com');
  assert.deepEqual(profile.value.groups, ['vip']);
  assert.equal(ck.validateUpdateProfile({ email: 'jan@barasek.com', groups: 'vip' }).error, 'ValidationError: "groups" must be an array');
  const doc = '{"userProperties": [{"phoneNumber": "9090909090", "email": "mark@bik.ai", "firstName": "Test", "lastName": "2"}, {"phoneNumber": "9090909010", "emial": "mark2@bik.ai", "firstName": "Test2", "lastName": "4"}]}';
  // The crate docs' example response (counts 0 here: nothing is written).
  assert.equal(
    JSON.stringify(ck.validateRequest(doc)),
    '{"status":200,"data":{"invalidUserProperties":[{"phoneNumber":"9090909010","emial":"mark2@bik.ai","firstName":"Test2","lastName":"4","error":"ValidationError: \\"emial\\" is not allowed"}],"bulkUpsertUPResponse":{"createCount":0,"updateCount":0,"docsFailedToUpdate":[]}}}',
  );
  assert.equal(JSON.stringify(ck.validateRequest('{"users": []}')), '{"status":400,"error":"ValidationError: \\"userProperties\\" is required"}');
  const bytes = new TextEncoder().encode(doc);
  assert.deepStrictEqual(ck.validateRequest(bytes.buffer), ck.validateRequest(doc));
  // BIK's limits by default; options change them.
  assert.equal(ck.validateRequest(doc).status, 200);
  assert.equal(ck.validateRequest(doc, { maxEntries: 1 }).status, 400);
  assert.equal(ck.validateRequest(doc, { maxBodyBytes: 10 }).status, 400);
  assert.throws(() => ck.validateRequest(doc, { maxEntries: -1 }), RangeError);
  assert.throws(() => ck.validateRequest(doc, { maxEntries: 1.5 }), RangeError);
});

test('scalars: Rust texts', () => {
  assert.deepStrictEqual(ck.canonicalEmail('x'), { ok: false, value: null, error: "email: missing '@'" });
  assert.deepStrictEqual(ck.intlPhone('+420 777 123 456'), { ok: true, value: '+420 777123456', error: null, e164: '+420777123456', region: 'CZ', type: 'MOBILE' });
  assert.equal(ck.intlPhone('777 123 456').ok, false, 'no region: the strict + form');
  assert.equal(ck.intlPhone('1', 'XX').error, 'phone: unknown region code');
  assert.deepStrictEqual(ck.normalizedIp(''), { ok: true, value: '127.0.0.1', error: null });
});
