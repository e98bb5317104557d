import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap, unwrapEmpty } from '../../api/unwrap';

export type SavedView = components['schemas']['SavedView'];
export type SavedViewScreen = SavedView['screen'];

const keys = { screen: (screen: SavedViewScreen) => ['saved-views', screen] as const };

/** The caller's saved views of one list screen, kept on the server so they follow the user to any device. */
export function useSavedViews(screen: SavedViewScreen) {
  return useQuery({
    queryKey: keys.screen(screen),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/saved-views', { params: { query: { screen } }, signal })),
    staleTime: 60_000,
  });
}

export function useSaveView(screen: SavedViewScreen) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ name, query }: { name: string; query: string }) => unwrap(api.POST('/api/v1/saved-views', { body: { screen, name, query } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.screen(screen) }),
  });
}

export function useDeleteView(screen: SavedViewScreen) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (view: SavedView) =>
      unwrapEmpty(api.DELETE('/api/v1/saved-views/{id}', { params: { path: { id: view.id }, header: { 'If-Match': ifMatch(view.version) } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.screen(screen) }),
  });
}
