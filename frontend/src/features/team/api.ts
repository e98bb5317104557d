import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, notifyUnauthorized, type paths, scriptHeaders } from '../../api/client';
import { type ImportResult, importError } from '../../components/import/rowErrors';
import { unwrap } from '../../api/unwrap';

export type TeamView = paths['/api/v1/team-view']['get']['responses'][200]['content']['application/json'];
export type TeamViewRep = TeamView['reps'][number];
export type TeamViewFigures = TeamViewRep['figures'];
export type SalesTarget = paths['/api/v1/targets']['get']['responses'][200]['content']['application/json'][number];
export type Teams = paths['/api/v1/teams']['get']['responses'][200]['content']['application/json'];

const teamKeys = {
  view: (period: string, teamId: number | undefined) => ['team-view', period, teamId ?? null] as const,
  targets: (period: string) => ['targets', period] as const,
};

export function useTeamView(period: string, teamId: number | undefined) {
  return useQuery({
    queryKey: teamKeys.view(period, teamId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/team-view', { params: { query: { period, ...(teamId ? { teamId } : {}) } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useTeams(enabled: boolean) {
  return useQuery({
    queryKey: ['teams'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/teams', { signal })),
    enabled,
  });
}

export function useTargets(period: string) {
  return useQuery({
    queryKey: teamKeys.targets(period),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/targets', { params: { query: { period } }, signal })),
  });
}

/** Sets a rep's target for the period: creates it, or changes the existing one under its version. */
export function useSetTarget(period: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, amount, existing }: { userId: number; amount: number; existing?: SalesTarget }) =>
      existing
        ? unwrap(
            api.PUT('/api/v1/targets/{id}', {
              params: { path: { id: existing.id }, header: { 'If-Match': ifMatch(existing.version) } },
              body: { amount },
            }),
          )
        : unwrap(api.POST('/api/v1/targets', { body: { userId, period, amount } })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: teamKeys.targets(period) });
      await client.invalidateQueries({ queryKey: ['team-view', period] });
    },
  });
}

/** Where the browser downloads the targets it may read as CSV (the file the import takes). */
export function targetsExportHref(period?: string): string {
  return `/api/v1/targets/export${period ? `?period=${encodeURIComponent(period)}` : ''}`;
}

/** POST the CSV to /api/v1/targets/import; a refused file rejects with its row errors. */
async function uploadTargets(file: File, dryRun: boolean): Promise<ImportResult> {
  const res = await fetch(`/api/v1/targets/import${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'text/csv', Accept: 'application/json, application/problem+json', ...scriptHeaders('POST') },
    body: file,
  });
  if (res.status === 401) notifyUnauthorized();
  const text = await res.text();
  if (!res.ok) throw importError(res.status, text);
  return JSON.parse(text) as ImportResult;
}

export function useImportTargets() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => uploadTargets(file, dryRun),
    onSuccess: async (result) => {
      if (result.dryRun) return;
      await client.invalidateQueries({ queryKey: ['targets'] });
      await client.invalidateQueries({ queryKey: ['team-view'] });
    },
  });
}
