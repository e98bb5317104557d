import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap } from '../../api/unwrap';

export type WebhookEndpoint = components['schemas']['WebhookEndpoint'];
export type WebhookInput = components['schemas']['WebhookInput'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];

/** What an endpoint may subscribe to (the server refuses anything else with 400). */
export const EVENT_TYPES = [
  'account.created',
  'account.updated',
  'account.deleted',
  'account.category_changed',
  'opportunity.stage_changed',
  'classification.run_completed',
  'import.completed',
  'contact.created',
  'contact.updated',
  'contact.deleted',
] as const;

export const DELIVERIES_PAGE_SIZE = 20;

const keys = {
  endpoints: ['settings', 'webhooks'] as const,
  deliveries: (id: number, page: number) => ['settings', 'webhooks', id, 'deliveries', page] as const,
};

export function useWebhooks() {
  return useQuery({ queryKey: keys.endpoints, queryFn: ({ signal }) => unwrap(api.GET('/api/v1/webhooks', { signal })) });
}

/** Create (the answer carries the secret, once) or replace with If-Match. */
export function useSaveWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ current, body }: { current?: WebhookEndpoint; body: WebhookInput }) =>
      current === undefined
        ? unwrap(api.POST('/api/v1/webhooks', { body }))
        : {
            endpoint: await unwrap(
              api.PUT('/api/v1/webhooks/{id}', {
                params: { path: { id: current.id }, header: { 'If-Match': ifMatch(current.version) } },
                body,
              }),
            ),
            secret: undefined,
          },
    onSuccess: () => client.invalidateQueries({ queryKey: keys.endpoints }),
  });
}

export function useWebhookDeliveries(id: number | undefined, page: number) {
  return useQuery({
    queryKey: keys.deliveries(id ?? 0, page),
    enabled: id !== undefined,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/webhooks/{id}/deliveries', {
          params: { path: { id: id ?? 0 }, query: { page, size: DELIVERIES_PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useReplayDelivery(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: number) =>
      unwrap(api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/replay', { params: { path: { id, deliveryId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['settings', 'webhooks', id, 'deliveries'] }),
  });
}

export function useSendTestEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/v1/webhooks/{id}/test', { params: { path: { id } } })),
    onSuccess: (_d, id) => client.invalidateQueries({ queryKey: ['settings', 'webhooks', id, 'deliveries'] }),
  });
}
