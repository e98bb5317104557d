import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap } from '../../api/unwrap';

export type ReviewCycle = components['schemas']['ReviewCycle'];
export type WorksheetRow = components['schemas']['ReviewWorksheetRow'];
export type Review = components['schemas']['KeyAccountReview'];
export type ReviewInput = components['schemas']['ReviewInput'];
export type ReviewOpenInput = components['schemas']['ReviewOpenInput'];
export type ReviewDecisionInput = components['schemas']['ReviewDecisionInput'];

const keys = {
  cycles: ['review-cycles'] as const,
  worksheet: (id: number) => ['review-cycles', id, 'worksheet'] as const,
};

export function useReviewCycles() {
  return useQuery({
    queryKey: keys.cycles,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/review-cycles', { signal })),
  });
}

export function useWorksheet(cycleId: number | undefined) {
  return useQuery({
    queryKey: keys.worksheet(cycleId ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/review-cycles/{id}/worksheet', { params: { path: { id: cycleId ?? 0 } }, signal })),
    enabled: cycleId !== undefined,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: keys.cycles });
}

export function useOpenCycle() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ReviewOpenInput) => unwrap(api.POST('/api/v1/review-cycles', { body })),
    onSuccess: refresh,
  });
}

export function useSubmitReview() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ review, body }: { review: Review; body: ReviewInput }) =>
      unwrap(
        api.PUT('/api/v1/reviews/{id}', {
          params: { path: { id: review.id }, header: { 'If-Match': ifMatch(review.version) } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDecideReview() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ review, body }: { review: Review; body: ReviewDecisionInput }) =>
      unwrap(
        api.POST('/api/v1/reviews/{id}/decision', {
          params: { path: { id: review.id }, header: { 'If-Match': ifMatch(review.version) } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
}
