// Node throughput on the 100k reference body: the package's validateEntry (entry by entry,
// from each entry's JSON text) and validateRequest (the whole body), beside Joi 17 +
// libphonenumber-js doing the same job in the same process: BIK's schema, Joi's email
// rule, and phone numbers parsed and validated with libphonenumber-js's full metadata
// (default region IN, as the package's), normalized to E.164.
//
//   node bench/bench.js [BODY] [ROUNDS]   (default wasm/target/ci/bulk-100k.json, 3 rounds)
//
// Rounds are interleaved and the median is reported, so a load change on a shared
// machine hits every contender alike; compare the ratios of one run.
import { readFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import Joi from 'joi';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import * as ck from '../pkg/index.js';

const bodyPath = process.argv[2] ?? new URL('../target/ci/bulk-100k.json', import.meta.url).pathname;
const rounds = Number(process.argv[3] ?? 3);
// The whole 100k body in one request: over BIK's per-request limits, so they are raised.
const BIG = { maxBodyBytes: 64 * 1024 * 1024, maxEntries: 100000 };
const bodyText = readFileSync(bodyPath, 'utf8');
const bodyBytes = new TextEncoder().encode(bodyText);
const entries = bodyText
  .split('\n')
  .slice(1)
  .map((l) => (l.endsWith(',') ? l.slice(0, -1) : l))
  .filter((l) => l.startsWith('{'));

const phone = Joi.string().custom((value, helpers) => {
  const parsed = parsePhoneNumberFromString(value, 'IN');
  if (!parsed || !parsed.isValid()) return helpers.error('any.invalid');
  return parsed.number;
});
const schema = Joi.object({
  firstName: Joi.string().required(),
  lastName: Joi.string().required(),
  source: Joi.string(),
  phoneNumber: phone,
  alternatePhoneNumber: phone,
  email: Joi.string().email(),
  address1: Joi.string(),
  address2: Joi.string(),
  city: Joi.string(),
  state: Joi.string(),
  country: Joi.string(),
  createdAt: Joi.date(),
  updatedAt: Joi.date(),
  emailMarketingConsent: Joi.boolean(),
  smsMarketingConsent: Joi.boolean(),
  tags: Joi.array().items(Joi.string()),
  partnerCustomerId: Joi.string(),
});

const contenders = {
  'contactkit validateEntry': () => {
    let invalid = 0;
    for (const e of entries) if (!ck.validateEntry(e).ok) invalid++;
    return invalid;
  },
  'contactkit validateRequest': () => ck.validateRequest(bodyBytes, BIG).data.invalidUserProperties.length,
  'Joi 17 + libphonenumber-js, entry by entry': () => {
    let invalid = 0;
    for (const e of entries) if (schema.validate(JSON.parse(e)).error) invalid++;
    return invalid;
  },
  'Joi 17 + libphonenumber-js, whole body': () => {
    // BIK's handler: parse the body, validate each entry, answer the invalid ones.
    const invalidUserProperties = [];
    for (const entry of JSON.parse(bodyText).userProperties) {
      const { error } = schema.validate(entry);
      if (error) invalidUserProperties.push({ ...entry, error: String(error) });
    }
    return invalidUserProperties.length;
  },
};

const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
const invalids = {};
const load = [loadavg()[0]];
for (let r = 0; r < rounds; r++) {
  for (const [name, run] of Object.entries(contenders)) {
    const t0 = process.hrtime.bigint();
    invalids[name] = run();
    times[name].push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  load.push(loadavg()[0]);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, entries.length / median(v)]));
const joiBody = rate['Joi 17 + libphonenumber-js, whole body'];
console.log(`${entries.length} entries, ${(bodyBytes.length / 1e6).toFixed(1)} MB, ${rounds} interleaved rounds, median; Node ${process.version}, ${cpus()[0].model}`);
console.log(`load average (1 min) during the run: ${load.map((l) => l.toFixed(2)).join(' -> ')}`);
console.log('| contender | entries/s | invalid | vs Joi whole body |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, r] of Object.entries(rate)) {
  console.log(`| ${name} | ${Math.round(r / 1000)}k | ${invalids[name]} | ${(r / joiBody).toFixed(1)}x |`);
}
