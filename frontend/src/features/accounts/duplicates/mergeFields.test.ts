import { describe, expect, it } from 'vitest';
import type { MergePreview } from './api';
import { choiceOf } from './mergeFields';

const base: MergePreview['survivor'] = {
  id: 1,
  name: '华为技术有限公司',
  category: 'TARGET',
  version: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
} as MergePreview['survivor'];

describe('choiceOf', () => {
  it('offers a choice only where both accounts hold different values', () => {
    const dup = { ...base, id: 2, name: '华为技术(深圳)有限公司', region: '华南' };
    expect(choiceOf(base, dup, 'NAME')).toBe('CHOICE');
    expect(choiceOf(base, dup, 'REGION')).toBe('FILLED');
    expect(choiceOf(base, dup, 'KA_KIND')).toBe('SAME');
    expect(choiceOf({ ...base, region: '华东' }, { ...dup, region: '华东' }, 'REGION')).toBe('SAME');
  });
});
