// contactkit: the server's own contact validation (Rust, compiled to WebAssembly) for
// browsers and Node 20+. ES module; the WebAssembly is loaded once, at import (top-level
// await), so every function below is synchronous.
//
// Answers are plain objects parsed from the JSON the Rust library writes, so they are
// byte for byte what a contactkit server says. No function throws for bad input; only
// a wrong option (an unknown `region`) is a RangeError, because that is the caller's bug.

import init, * as wasm from './contactkit_wasm.js';

const wasmUrl = new URL('./contactkit_wasm_bg.wasm', import.meta.url);
if (typeof process === 'object' && process.versions?.node && wasmUrl.protocol === 'file:') {
  // Node's fetch cannot read file: URLs; hand wasm-bindgen the bytes instead. The
  // specifier is a variable (and marked) so that bundlers for the browser leave it alone.
  const fsModule = 'node:fs/promises';
  const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ fsModule);
  await init({ module_or_path: await readFile(wasmUrl) });
} else {
  await init({ module_or_path: wasmUrl });
}

// wasm-bindgen encodes strings with TextEncoder, which turns a lone surrogate into
// U+FFFD: a silent change the library promises never to make. So lone surrogates are
// found here first.
const LONE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const LONE_SURROGATE = new RegExp(LONE, 'g');
const HAS_LONE_SURROGATE = new RegExp(LONE);
const wellFormed =
  typeof String.prototype.isWellFormed === 'function'
    ? (s) => s.isWellFormed()
    : (s) => !HAS_LONE_SURROGATE.test(s);

// JSON text with lone surrogates: each becomes the escape `\uD800` that JSON.parse reads
// as the same code unit, so the library sees exactly the string JavaScript holds and
// answers `"x" must not contain unpaired surrogates` for the field. Right after an odd
// run of backslashes (`"\` + a lone surrogate, an invalid escape for JSON.parse) an
// escape would be read as `\\`, so U+FFFD is written there: still an invalid escape.
function escapeLoneSurrogates(text) {
  return text.replace(LONE_SURROGATE, (unit, offset) => {
    let slashes = 0;
    while (offset - slashes - 1 >= 0 && text.charCodeAt(offset - slashes - 1) === 0x5c) slashes++;
    if (slashes % 2 === 1) return '\uFFFD';
    return '\\u' + unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  });
}

function answer(json) {
  const result = JSON.parse(json);
  if (result.optionError !== undefined) throw new RangeError(`contactkit: ${result.optionError}`);
  return result;
}

// A model's input: JSON text as is (lone surrogates escaped), anything else through
// JSON.stringify, which escapes lone surrogates itself. `undefined` (and functions,
// symbols) have no JSON form: read as `null`, which is "value" must be of type object.
function jsonText(input) {
  if (typeof input === 'string') return wellFormed(input) ? input : escapeLoneSurrogates(input);
  try {
    const text = JSON.stringify(input);
    return text === undefined ? 'null' : text;
  } catch (err) {
    return null; // a cycle or a BigInt: not JSON
  }
}

function notJson(err) {
  const message = '"value" must be JSON-serializable';
  return {
    ok: false,
    error: `ValidationError: ${message}`,
    details: [{ message, path: [], type: 'object.json', context: { label: 'value' } }],
  };
}

function regionOption(options) {
  const region = options?.region;
  if (region === undefined || region === null) return undefined;
  if (typeof region !== 'string') throw new RangeError('contactkit: region must be a string such as "IN"');
  return region;
}

/**
 * Validates one BIK user property, as BIK's Joi 17 schema plus the project's content rules.
 * @param {string | object} entry the entry's JSON text or a plain object
 * @param {{ allErrors?: boolean, region?: string }} [options] `allErrors`: every error
 *   (Joi's `abortEarly: false`), default first only; `region`: default region of phone
 *   numbers without `+`, default `"IN"`
 * @returns {{ ok: true, value: object } | { ok: false, error: string, details: object[] }}
 */
export function validateEntry(entry, options) {
  const region = regionOption(options);
  const text = jsonText(entry);
  if (text === null) return notJson();
  return answer(wasm.validateEntryJson(text, Boolean(options?.allErrors), region));
}

/**
 * Validates one BizKitHub update-profile body.
 * @param {string | object} body the body's JSON text or a plain object
 * @param {{ allErrors?: boolean }} [options] `allErrors`: every error, default first only
 * @returns {{ ok: true, value: object } | { ok: false, error: string, details: object[] }}
 */
export function validateUpdateProfile(body, options) {
  const text = jsonText(body);
  if (text === null) return notJson();
  return answer(wasm.validateUpdateProfileJson(text, Boolean(options?.allErrors)));
}

function limitOption(options, name) {
  const n = options?.[name];
  if (n === undefined || n === null) return undefined;
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    throw new RangeError(`contactkit: ${name} must be an integer from 0 to 4294967295`);
  }
  return n;
}

/**
 * Validates a whole BIK "record user properties" body and returns BIK's documented
 * response: `{status: 200, data: {invalidUserProperties, bulkUpsertUPResponse}}` (counts 0:
 * nothing is written), or `{status: 400, error}` for a body that is not a request.
 * @param {string | Uint8Array | ArrayBuffer} body the request body (UTF-8 bytes or text)
 * @param {{ region?: string, maxBodyBytes?: number, maxEntries?: number }} [options]
 *   `region`: default region of phone numbers; `maxBodyBytes` (default 16 MiB) and
 *   `maxEntries` (default 10,000): BIK's limits, a larger body is a 400
 * @returns {object}
 */
export function validateRequest(body, options) {
  const region = regionOption(options);
  const maxBodyBytes = limitOption(options, 'maxBodyBytes');
  const maxEntries = limitOption(options, 'maxEntries');
  if (body instanceof ArrayBuffer) body = new Uint8Array(body);
  if (body instanceof Uint8Array) {
    return answer(wasm.validateRequestBytes(body, region, maxBodyBytes, maxEntries));
  }
  const text = typeof body === 'string' ? body : String(body);
  const json = wellFormed(text) ? text : escapeLoneSurrogates(text);
  return answer(wasm.validateRequestText(json, region, maxBodyBytes, maxEntries));
}

// A scalar given a lone surrogate: Rust's strings cannot hold one, so the library has no
// reason of its own; the concept's prefix with the models' wording.
function scalar(input, concept, run) {
  const text = typeof input === 'string' ? input : String(input);
  if (!wellFormed(text)) {
    return { ok: false, value: null, error: `${concept}: must not contain unpaired surrogates` };
  }
  return answer(run(text));
}

/**
 * Parses an email address into its canonical form (`CanonicalEmail::parse`).
 * @param {string} s
 * @returns {{ ok: boolean, value: string | null, error: string | null }}
 */
export function canonicalEmail(s) {
  return scalar(s, 'email', wasm.canonicalEmailJson);
}

/**
 * Parses a phone number: the strict `+` form, or with `region` also the national form.
 * The value is the canonical text (`+420 777123456`); `e164`, `region` (null for a
 * non-geographic number) and `type` (`MOBILE`, `FIXED_LINE`, ...) come with it.
 * @param {string} s
 * @param {string} [region] ISO 3166 alpha-2 code such as `"CZ"`
 * @returns {{ ok: boolean, value: string | null, error: string | null, e164?: string,
 *   region?: string | null, type?: string }}
 */
export function intlPhone(s, region) {
  const code = region === undefined || region === null ? undefined : String(region);
  if (code !== undefined && !wellFormed(code)) {
    return { ok: false, value: null, error: 'phone: must not contain unpaired surrogates' };
  }
  return scalar(s, 'phone', (text) => wasm.intlPhoneJson(text, code));
}

/**
 * Parses an IP address into its normalized text (`NormalizedIp::parse`; empty is
 * `127.0.0.1`).
 * @param {string} s
 * @returns {{ ok: boolean, value: string | null, error: string | null }}
 */
export function normalizedIp(s) {
  return scalar(s, 'ip', wasm.normalizedIpJson);
}

/**
 * Checks an API key (`ApiKey::parse`). The value is the key's kind (`Production`,
 * `Developer`, `Root`), never the key; errors never quote it.
 * @param {string} s
 * @returns {{ ok: boolean, value: string | null, error: string | null }}
 */
export function apiKeyKind(s) {
  return scalar(s, 'api key', wasm.apiKeyJson);
}

/**
 * Parses a referral id (`ReferralId::parse`: 16 ASCII letters and digits).
 * @param {string} s
 * @returns {{ ok: boolean, value: string | null, error: string | null }}
 */
export function referralId(s) {
  return scalar(s, 'referral id', wasm.referralIdJson);
}
