import { describe, expect, it } from 'vitest';
import { hitTarget } from './targets';

describe('hitTarget', () => {
  it('opens each kind where it lives', () => {
    expect(hitTarget({ kind: 'ACCOUNT', id: 7, name: '华泰证券', accountId: 7 })).toBe('/accounts/7');
    expect(hitTarget({ kind: 'CONTACT', id: 3, name: '王建国', accountId: 7 })).toBe('/accounts/7?tab=contacts');
    expect(hitTarget({ kind: 'OPPORTUNITY', id: 9, name: '数据中心升级', accountId: 7 })).toBe('/opportunities/9');
    expect(hitTarget({ kind: 'USER', id: 5, name: '李娜' })).toBe('/accounts?ownerId=5');
  });
});
