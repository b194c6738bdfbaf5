// Compiled (not run) by types.test.js: the declarations describe the API as documented.
import {
  validateEntry, validateUpdateProfile, validateRequest, canonicalEmail, intlPhone,
  normalizedIp, apiKeyKind, referralId, type ModelResult, type ErrorDetail,
} from 'contactkit';

const r: ModelResult = validateEntry({ firstName: 'A' }, { allErrors: true, region: 'CZ' });
if (r.ok) {
  const v: Record<string, unknown> = r.value;
  void v;
} else {
  const first: ErrorDetail = r.details[0];
  const path: (string | number)[] = first.path;
  const text: string = r.error;
  void path; void text;
}
validateUpdateProfile('{}', { allErrors: false });
const response = validateRequest(new Uint8Array(0));
if (response.status === 200) {
  const n: number = response.data.bulkUpsertUPResponse.createCount;
  void n;
} else {
  const e: string = response.error;
  void e;
}
const phone = intlPhone('+420 777 123 456');
if (phone.ok) {
  const t: string = phone.type;
  const region: string | null = phone.region;
  void t; void region;
}
const s: string | null = canonicalEmail('a@b.c').value ?? normalizedIp('').error;
void s;
apiKeyKind('x');
referralId('x');
// @ts-expect-error: the options of validateUpdateProfile have no region.
validateUpdateProfile('{}', { region: 'CZ' });
