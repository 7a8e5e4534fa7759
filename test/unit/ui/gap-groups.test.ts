import type { Gap } from '../../../src/contract';
import { gapGroups, gapTotal } from '../../../static/portfolio/src/gaps/gapGroups';

const gap = (kind: Gap['kind'], entityId: string): Gap => ({
  kind,
  entityType: kind.startsWith('solution') ? 'solution' : kind.startsWith('market') ? 'market' : 'priority',
  entityId,
  message: `${kind} ${entityId}`,
  names: [],
});
const counts = (partial: Partial<Record<Gap['kind'], number>>) => ({
  'priority-unaddressed': 0,
  'solution-without-epics': 0,
  'market-without-executive-priority': 0,
  'priority-only-proposed': 0,
  ...partial,
});

test('each kind lists what the summary sent and counts the rest as "more"', () => {
  const groups = gapGroups({
    gaps: [
      gap('priority-unaddressed', 'p1'),
      gap('priority-unaddressed', 'p2'),
      gap('solution-without-epics', 's1'),
    ],
    gapCounts: counts({ 'priority-unaddressed': 250, 'solution-without-epics': 1 }),
  });
  expect(groups.map(({ kind, shown, more }) => [kind, shown.length, more])).toEqual([
    ['priority-unaddressed', 2, 248],
    ['solution-without-epics', 1, 0],
  ]);
});

test('kinds with no gap are left out, and the tab counts every gap, listed or not', () => {
  expect(gapGroups({ gaps: [], gapCounts: counts({}) })).toEqual([]);
  expect(gapTotal(counts({ 'priority-unaddressed': 250, 'priority-only-proposed': 3 }))).toBe(253);
});
