// Types of the contactkit package. The values are what the Rust library's `Serialize`
// writes; see the crate docs of `contactkit` for every field and rule.

/** One item of Joi 17's `error.details`: the shape a Joi client already reads. */
export interface ErrorDetail {
  /** The message without the `ValidationError: ` prefix, e.g. `"email" must be a valid email`. */
  message: string;
  /** Keys as strings, array indexes as numbers; `[]` for the value itself. */
  path: (string | number)[];
  /** Joi's error code, e.g. `string.base`, `object.unknown`, `any.required`. */
  type: string;
  /** The kind's parameters, then `label` and `key`; never the rejected value. */
  context: { label: string; key?: string | number; [name: string]: unknown };
}

/** The answer of the request models: the normalized value, or Joi's error. */
export type ModelResult<T = Record<string, unknown>> =
  | { ok: true; value: T }
  | {
      ok: false;
      /** Joi's `String(error)`: `ValidationError: "emial" is not allowed`. */
      error: string;
      details: ErrorDetail[];
    };

/** The answer of the scalar parsers. */
export type ScalarResult =
  | { ok: true; value: string; error: null }
  | { ok: false; value: null; error: string };

/** A phone number's answer: the canonical text plus its other readings. */
export type PhoneResult =
  | {
      ok: true;
      /** Canonical: `+420 777123456`. */
      value: string;
      error: null;
      /** `+420777123456`. */
      e164: string;
      /** ISO 3166 alpha-2, or `null` for a non-geographic number. */
      region: string | null;
      /** `MOBILE`, `FIXED_LINE`, `FIXED_LINE_OR_MOBILE`, `TOLL_FREE`, ... */
      type: string;
    }
  | { ok: false; value: null; error: string };

export interface EntryOptions {
  /** Every error (Joi's `abortEarly: false`); default: the first only. */
  allErrors?: boolean;
  /** Region of phone numbers written without `+`; default `"IN"`. A code the library
   * does not know throws a `RangeError` (the caller's bug, not the user's input). */
  region?: string;
}

export interface UpdateProfileOptions {
  /** Every error (Joi's `abortEarly: false`); default: the first only. */
  allErrors?: boolean;
}

/**
 * Validates one BIK user property (JSON text or a plain object): Joi 17's answer for BIK's
 * schema, byte for byte, plus the project's content rules; the value is normalized.
 */
export function validateEntry(entry: string | object, options?: EntryOptions): ModelResult;

/** Validates one BizKitHub update-profile body (JSON text or a plain object). */
export function validateUpdateProfile(
  body: string | object,
  options?: UpdateProfileOptions,
): ModelResult;

/** BIK's documented response to a "record user properties" request body. */
export type BikResponse =
  | {
      status: 200;
      data: {
        /** The invalid entries as sent, each with its `error`. */
        invalidUserProperties: Record<string, unknown>[];
        /** Counts are 0: validating writes nothing. */
        bulkUpsertUPResponse: { createCount: number; updateCount: number; docsFailedToUpdate: unknown[] };
      };
    }
  | { status: 400; error: string };

export interface RequestOptions {
  /** Region of phone numbers written without `+`; default `"IN"`. */
  region?: string;
  /** Largest body in bytes (UTF-8); default 16 MiB, BIK's limit. Over it: a 400. */
  maxBodyBytes?: number;
  /** Most entries; default 10,000, BIK's limit. Over it: a 400. */
  maxEntries?: number;
}

/** Validates a whole BIK request body (UTF-8 bytes or text) into BIK's response. */
export function validateRequest(body: string | Uint8Array | ArrayBuffer, options?: RequestOptions): BikResponse;

/** Parses an email address into its canonical form. */
export function canonicalEmail(s: string): ScalarResult;

/** Parses a phone number: the strict `+` form, or with `region` also the national form. */
export function intlPhone(s: string, region?: string): PhoneResult;

/** Parses an IP address into its normalized text (empty is `127.0.0.1`). */
export function normalizedIp(s: string): ScalarResult;

/** Checks an API key; the value is its kind (`Production`, `Developer`, `Root`), never the key. */
export function apiKeyKind(s: string): ScalarResult;

/** Parses a referral id (16 ASCII letters and digits). */
export function referralId(s: string): ScalarResult;
