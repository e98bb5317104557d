import enUS from '../i18n/en-US.json';
import zhCN from '../i18n/zh-CN.json';
import { backendFieldCodes, backendProblemCodes } from '../test/backendCodes';

const bundles = [
  ['zh-CN', zhCN.problemCode],
  ['en-US', enUS.problemCode],
] as const;

describe('problem codes of the backend', () => {
  it('every problem code has a zh-CN and an en-US title in the web app', () => {
    const codes = backendProblemCodes();
    expect(codes).toEqual(expect.arrayContaining(['NOT_FOUND', 'STALE_VERSION', 'VALIDATION', 'IDEMPOTENCY_KEY_REUSED']));
    const missing = codes.flatMap((c) => bundles.flatMap(([lang, b]) => (typeof (b as Record<string, unknown>)[c] === 'string' ? [] : [`${lang} problemCode.${c}`])));
    expect(missing).toEqual([]);
  });

  it('every field-error code has a zh-CN and an en-US text in the web app', () => {
    const codes = backendFieldCodes();
    expect(codes).toEqual(expect.arrayContaining(['REQUIRED', 'TOO_LONG', 'UNKNOWN_FIELD', 'WEBHOOK_TARGET_REFUSED']));
    const missing = codes.flatMap((c) => bundles.flatMap(([lang, b]) => (c in b.field ? [] : [`${lang} problemCode.field.${c}`])));
    expect(missing).toEqual([]);
  });
});
