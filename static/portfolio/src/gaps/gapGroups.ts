import type { Gap, GapKind, PortfolioSummary } from '../../../../src/contract';

/** The kinds of gap in the order the tab lists them, each titled by what is missing. */
const GAP_GROUPS: { kind: GapKind; title: string }[] = [
  { kind: 'priority-unaddressed', title: 'Business priorities no solution addresses' },
  { kind: 'market-without-executive-priority', title: 'Markets with no executive-level priority' },
  { kind: 'solution-without-epics', title: 'Solutions no product delivers yet' },
  { kind: 'priority-only-proposed', title: 'Priorities addressed only by proposed solutions' },
];

/** Every gap in the portfolio, listed or only counted. */
export function gapTotal(counts: PortfolioSummary['gapCounts']): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

export interface GapGroup {
  kind: GapKind;
  title: string;
  /** The gaps the summary lists (at most GAPS_SHOWN). */
  shown: Gap[];
  /** Gaps of this kind the summary only counts. */
  more: number;
}

/** The summary's gaps by kind, with how many more of each kind there are than it lists. */
export function gapGroups(summary: Pick<PortfolioSummary, 'gaps' | 'gapCounts'>): GapGroup[] {
  return GAP_GROUPS.map(({ kind, title }) => {
    const shown = summary.gaps.filter((gap) => gap.kind === kind);
    const total = Math.max(summary.gapCounts[kind] ?? 0, shown.length);
    return { kind, title, shown, more: total - shown.length };
  }).filter((group) => group.shown.length + group.more > 0);
}
