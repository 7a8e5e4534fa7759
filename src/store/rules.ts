import { contribution, fail, market, priority, solution } from '../contract';
import type { Contribution, Market, Priority, Solution } from '../contract';
import { contributionSpec, marketSpec, prioritySpec, solutionSpec } from './layout';
import { getMany, getRecord } from './reads';
import { checkIfRoom, refuseIfDeleting, type RecordRules } from './records';

/**
 * What each record type refers to, checked here and only here (resolvers check permission, call
 * Jira and map errors; they do not look records up first). One code for one problem: a record
 * the change CHOSES (a market, a priority, a solution) that is gone or being deleted is VALIDATION
 * naming the field as the payload spells it (`marketId`, `changes.priorityIds.1`, `solutionId`);
 * NOT_FOUND is only for the record the call acts on (the `id` of an update or a delete).
 *
 * The transaction also checks each referenced record is still at the version read, so a create
 * racing a delete of its parent fails instead of leaving an orphan: a one-transaction delete
 * removes the parent, and a background delete first marks it (src/store/cascade.ts), which bumps
 * its version; a change checked after the mark sees it and is refused.
 */
export const marketRules: RecordRules<Market> = { spec: marketSpec, schema: market, what: 'market' };

/** Where a field sits in the payload: '' for a create, 'changes.' for an update. */
const at = (before: unknown) => (before ? 'changes.' : '');

export const priorityRules: RecordRules<Priority> = {
  spec: prioritySpec,
  schema: priority,
  what: 'business priority',
  async guardReferences(record, before, writes) {
    if (before?.marketId === record.marketId) return;
    const field = `${at(before)}marketId`;
    const parent = await getRecord(marketSpec, record.marketId);
    if (!parent) {
      fail('VALIDATION', 'The chosen market no longer exists. Reload and choose another one.', {
        fields: { [field]: 'This market no longer exists' },
      });
      return;
    }
    refuseIfDeleting(marketSpec.label(parent), parent, field);
    checkIfRoom(writes, marketSpec.entity, [parent]);
  },
};

export const solutionRules: RecordRules<Solution> = {
  spec: solutionSpec,
  schema: solution,
  what: 'solution',
  async guardReferences(record, before, writes) {
    // Priorities it already addressed exist: a priority's delete takes itself off every solution.
    const added = record.priorityIds.filter((id) => !before?.priorityIds.includes(id));
    if (added.length === 0) return;
    const found = new Map((await getMany(prioritySpec, added)).map((p) => [p.id, p]));
    const fieldOf = (id: string) => `${at(before)}priorityIds.${record.priorityIds.indexOf(id)}`;
    const missing = added.filter((id) => !found.has(id));
    if (missing.length > 0) {
      const which =
        missing.length === 1
          ? 'One chosen business priority no longer exists'
          : `${missing.length} chosen business priorities no longer exist`;
      fail('VALIDATION', `${which}. Reload and choose again.`, {
        fields: Object.fromEntries(missing.map((id) => [fieldOf(id), 'This priority no longer exists'])),
      });
    }
    for (const p of found.values()) refuseIfDeleting(prioritySpec.label(p), p, fieldOf(p.id));
    checkIfRoom(writes, prioritySpec.entity, [...found.values()]);
  },
};

/** A link's solution as the link read it, from the batch its checks were made on. */
export function requireLinkableSolution(found: Solution | undefined): Solution {
  if (!found)
    return fail('VALIDATION', 'The chosen solution no longer exists. Reload and choose another one.', {
      fields: { solutionId: 'This solution no longer exists' },
    });
  refuseIfDeleting(solutionSpec.label(found), found, 'solutionId');
  return found;
}

export const contributionRules: RecordRules<Contribution> = {
  spec: contributionSpec,
  schema: contribution,
  what: 'contribution',
  async guardReferences(record, before, writes) {
    if (before) return;
    const parent = requireLinkableSolution(await getRecord(solutionSpec, record.solutionId));
    // Always checked, room or not: a link is the record a cascade must never orphan.
    writes.requireExisting(solutionSpec.entity, record.solutionId, parent.version);
  },
};
