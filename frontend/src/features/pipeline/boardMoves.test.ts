import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../api/problem';
import { boardQuery } from './BoardFilters';
import { asksForReason } from './useStageMoves';

describe('boardQuery', () => {
  it('sends only the filters that are set, the text trimmed, the close range as dates', () => {
    expect(boardQuery('', undefined, null)).toEqual({ size: 30 });
    expect(boardQuery('  扩容 ', 7, [dayjs('2026-04-01'), null])).toEqual({ size: 30, q: '扩容', ownerId: 7, closeFrom: '2026-04-01' });
    expect(boardQuery('   ', undefined, [null, dayjs('2026-06-30')])).toEqual({ size: 30, closeTo: '2026-06-30' });
  });
});

describe('asksForReason', () => {
  it('is a 400 naming the reason field, nothing else', () => {
    const problem = (status: number, field: string) => new ProblemError({ status, errors: [{ field, message: 'required' }] });
    expect(asksForReason(problem(400, 'reason'))).toBe(true);
    expect(asksForReason(problem(400, 'lostReason'))).toBe(false);
    expect(asksForReason(problem(409, 'reason'))).toBe(false);
    expect(asksForReason(new Error('network'))).toBe(false);
  });
});
