/** The stage rules of the pipeline (issue 8), mirrored for the board so a bad drop is explained before any request. */

export const STAGES = ['LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION', 'WON', 'COLLECTED', 'LOST'] as const;
export type StageCode = (typeof STAGES)[number];
const OPEN: readonly StageCode[] = ['LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION'];

export const isOpen = (s: StageCode) => OPEN.includes(s);

/** Where a deal in `from` may go; reopening a LOST deal is for MANAGER/ADMIN (`canReopen`). */
export function allowedTargets(from: StageCode, canReopen: boolean): StageCode[] {
  switch (from) {
    case 'WON':
      return ['COLLECTED'];
    case 'COLLECTED':
      return [];
    case 'LOST':
      return canReopen ? [...OPEN] : [];
    default:
      return STAGES.filter((s) => s !== from && (isOpen(s) || s === 'WON' || s === 'LOST'));
  }
}

/** A move back to an earlier open stage needs a reason. */
export function isBackStep(from: StageCode, to: StageCode): boolean {
  return isOpen(from) && isOpen(to) && STAGES.indexOf(to) < STAGES.indexOf(from);
}

export type DropCheck =
  | { ok: true; ask: 'LOST' | 'REASON' | null }
  | { ok: false; code: 'SAME' | 'FINAL' | 'WON_ONLY_COLLECTED' | 'REOPEN_NEEDS_MANAGER' | 'NOT_ALLOWED'; allowed: StageCode[] };

/** What happens when a deal in `from` is dropped on `to`: refused (with why), or allowed and what to ask first. */
export function checkDrop(from: StageCode, to: StageCode, canReopen: boolean): DropCheck {
  const allowed = allowedTargets(from, canReopen);
  if (from === to) return { ok: false, code: 'SAME', allowed };
  if (!allowed.includes(to)) {
    if (from === 'COLLECTED') return { ok: false, code: 'FINAL', allowed };
    if (from === 'WON') return { ok: false, code: 'WON_ONLY_COLLECTED', allowed };
    if (from === 'LOST' && !canReopen) return { ok: false, code: 'REOPEN_NEEDS_MANAGER', allowed };
    return { ok: false, code: 'NOT_ALLOWED', allowed };
  }
  if (to === 'LOST') return { ok: true, ask: 'LOST' };
  if (isBackStep(from, to)) return { ok: true, ask: 'REASON' };
  return { ok: true, ask: null };
}

export interface LostForm {
  lostReason?: string;
  lostReasonText?: string;
  competitorId?: number;
}

/** Fields the LOST modal still needs: a reason; its text for OTHER; the competitor for COMPETITOR. */
export function missingLostFields(v: LostForm): ('lostReason' | 'lostReasonText' | 'competitorId')[] {
  if (!v.lostReason) return ['lostReason'];
  if (v.lostReason === 'OTHER' && !v.lostReasonText?.trim()) return ['lostReasonText'];
  if (v.lostReason === 'COMPETITOR' && v.competitorId === undefined) return ['competitorId'];
  return [];
}
