import type { Contribution, IntegrityFinding } from '../../contract';
import type { Deps } from '../../deps';

/** Snapshots are refreshed by events and daily; one this old means both missed it. */
const STALE_SNAPSHOT_MS = 2 * 24 * 60 * 60 * 1000;

type Records = Awaited<ReturnType<Deps['store']['readAll']>>;

/**
 * What is wrong with the stored market layer: broken references (possible after a delete raced
 * a create, or an old backup), duplicate links, epics deleted or moved in Jira (checked as the
 * app, in bulk: one request per 100 epics) and snapshots older than two days. Read-only: the
 * admin fixes what it finds, or runs "refresh snapshots", which repairs the Jira findings.
 */
export async function integrityFindings(
  deps: Pick<Deps, 'jira' | 'store' | 'now'>,
): Promise<IntegrityFinding[]> {
  const data = await deps.store.readAll();
  return [
    ...referenceFindings(data),
    ...duplicateFindings(data.contributions),
    ...(await jiraFindings(deps, data)),
    ...staleFindings(data.contributions, deps.now()),
  ];
}

function referenceFindings(data: Records): IntegrityFinding[] {
  const markets = new Set(data.markets.map((m) => m.id));
  const priorities = new Set(data.priorities.map((p) => p.id));
  const solutions = new Set(data.solutions.map((s) => s.id));
  const findings: IntegrityFinding[] = [];
  for (const p of data.priorities.filter((p) => !markets.has(p.marketId))) {
    findings.push(
      error(
        'priority-missing-market',
        'priority',
        p.id,
        `Business priority “${p.title}” belongs to a market that no longer exists.`,
      ),
    );
  }
  for (const s of data.solutions) {
    const missing = s.priorityIds.filter((id) => !priorities.has(id));
    if (missing.length === 0) continue;
    findings.push(
      error(
        'solution-missing-priority',
        'solution',
        s.id,
        `Solution “${s.name}” addresses ${missing.length} business ${missing.length === 1 ? 'priority that no longer exists' : 'priorities that no longer exist'}.`,
      ),
    );
  }
  for (const c of data.contributions.filter((c) => !solutions.has(c.solutionId))) {
    findings.push(
      error(
        'contribution-missing-solution',
        'contribution',
        c.id,
        `${c.epicKey} is linked to a solution that no longer exists.`,
      ),
    );
  }
  return findings;
}

function duplicateFindings(contributions: readonly Contribution[]): IntegrityFinding[] {
  const seen = new Set<string>();
  const findings: IntegrityFinding[] = [];
  for (const c of contributions) {
    const pair = `${c.solutionId}|${c.epicId}`;
    if (seen.has(pair))
      findings.push(
        error(
          'duplicate-link',
          'contribution',
          c.id,
          `${c.epicKey} is linked to the same solution more than once.`,
        ),
      );
    seen.add(pair);
  }
  return findings;
}

async function jiraFindings(deps: Pick<Deps, 'jira'>, data: Records): Promise<IntegrityFinding[]> {
  if (data.contributions.length === 0) return [];
  const { issues, missing } = await deps.jira.bulkFetch(
    [...new Set(data.contributions.map((c) => c.epicId))],
    'app',
  );
  const byId = new Map(issues.map((i) => [i.id, i]));
  const gone = new Set(missing);
  const findings: IntegrityFinding[] = [];
  for (const c of data.contributions) {
    const issue = byId.get(c.epicId);
    if (gone.has(c.epicId)) {
      findings.push(
        error(
          'epic-deleted',
          'contribution',
          c.id,
          `Epic ${c.epicKey} no longer exists in Jira. Refresh snapshots to remove its link.`,
        ),
      );
    } else if (issue && (issue.projectId !== c.projectId || issue.key !== c.epicKey)) {
      findings.push(
        warning(
          'epic-moved',
          'contribution',
          c.id,
          `Epic ${c.epicKey} moved in Jira and is now ${issue.key}. Refresh snapshots to update the link.`,
        ),
      );
    }
  }
  return findings;
}

function staleFindings(contributions: readonly Contribution[], now: Date): IntegrityFinding[] {
  return contributions
    .filter((c) => now.getTime() - Date.parse(c.snapshot.refreshedAt) > STALE_SNAPSHOT_MS)
    .map((c) =>
      warning(
        'stale-snapshot',
        'contribution',
        c.id,
        `What Market Layer shows for ${c.epicKey} was last read from Jira on ${c.snapshot.refreshedAt.slice(0, 10)}.`,
      ),
    );
}

const error = (
  kind: string,
  entityType: IntegrityFinding['entityType'],
  entityId: string,
  message: string,
): IntegrityFinding => ({ severity: 'error', kind, entityType, entityId, message });
const warning = (
  kind: string,
  entityType: IntegrityFinding['entityType'],
  entityId: string,
  message: string,
): IntegrityFinding => ({ severity: 'warning', kind, entityType, entityId, message });
