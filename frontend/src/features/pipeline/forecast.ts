interface Figures {
  closed: number;
  commit: number;
  bestCase: number;
  pipeline: number;
  weighted: number;
}

export interface ForecastRowSource {
  key: string;
  name: string;
  figures: Figures;
}

interface ForecastLike {
  owners: readonly { ownerId?: number; ownerName?: string; figures: Figures }[];
  teams: readonly { teamId?: number; teamName?: string; figures: Figures }[];
}

/** Rows of the forecast table, per owner or per team, biggest best case first; owners without a team read `noTeam`. */
export function forecastRows(f: ForecastLike, by: 'owner' | 'team', noTeam: string): ForecastRowSource[] {
  const rows =
    by === 'owner'
      ? f.owners.map((o, i) => ({ key: `o-${o.ownerId ?? i}`, name: o.ownerName ?? `#${o.ownerId ?? '?'}`, figures: o.figures }))
      : f.teams.map((tm, i) => ({ key: `t-${tm.teamId ?? `none-${i}`}`, name: tm.teamName ?? noTeam, figures: tm.figures }));
  return rows.sort((a, b) => b.figures.bestCase - a.figures.bestCase || a.name.localeCompare(b.name));
}
