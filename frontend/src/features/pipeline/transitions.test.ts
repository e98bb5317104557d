import { allowedTargets, checkDrop, isBackStep, missingLostFields } from './transitions';

describe('stage transitions', () => {
  it('lets an open deal go anywhere open, WON or LOST', () => {
    expect(allowedTargets('PROPOSAL', false)).toEqual(['LEAD', 'QUALIFIED', 'NEGOTIATION', 'WON', 'LOST']);
    expect(allowedTargets('WON', false)).toEqual(['COLLECTED']);
    expect(allowedTargets('COLLECTED', true)).toEqual([]);
    expect(allowedTargets('LOST', false)).toEqual([]);
    expect(allowedTargets('LOST', true)).toEqual(['LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION']);
  });

  it('explains refused drops and asks for what a move needs', () => {
    expect(checkDrop('LEAD', 'PROPOSAL', false)).toEqual({ ok: true, ask: null });
    expect(checkDrop('NEGOTIATION', 'QUALIFIED', false)).toEqual({ ok: true, ask: 'REASON' });
    expect(checkDrop('QUALIFIED', 'LOST', false)).toEqual({ ok: true, ask: 'LOST' });
    expect(checkDrop('WON', 'LEAD', false)).toEqual({ ok: false, code: 'WON_ONLY_COLLECTED', allowed: ['COLLECTED'] });
    expect(checkDrop('COLLECTED', 'WON', true)).toMatchObject({ ok: false, code: 'FINAL' });
    expect(checkDrop('LOST', 'LEAD', false)).toMatchObject({ ok: false, code: 'REOPEN_NEEDS_MANAGER' });
    expect(checkDrop('LOST', 'LEAD', true)).toEqual({ ok: true, ask: null });
    expect(checkDrop('LEAD', 'COLLECTED', false)).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
    expect(checkDrop('LEAD', 'LEAD', false)).toMatchObject({ ok: false, code: 'SAME' });
    expect(isBackStep('WON', 'LEAD')).toBe(false);
  });

  it('needs a lost reason, its text for OTHER and the competitor for COMPETITOR', () => {
    expect(missingLostFields({})).toEqual(['lostReason']);
    expect(missingLostFields({ lostReason: 'OTHER', lostReasonText: ' ' })).toEqual(['lostReasonText']);
    expect(missingLostFields({ lostReason: 'COMPETITOR' })).toEqual(['competitorId']);
    expect(missingLostFields({ lostReason: 'COMPETITOR', competitorId: 3 })).toEqual([]);
    expect(missingLostFields({ lostReason: 'PRICE' })).toEqual([]);
  });
});
