import { contribution, fail, market, priority, solution } from '../contract';
import type { Contribution, Market, Priority, Solution } from '../contract';
import { contributionSpec, marketSpec, prioritySpec, solutionSpec } from './layout';
import { getMany, getRecord } from './reads';
import { checkIfRoom, refuseIfDeleting, type RecordRules } from './records';

/**
 * What each record type refers to, checked before writing. The transaction also checks each
 * referenced record is still at the version read, so a create racing a delete of its parent fails
 * instead of leaving an orphan: a one-transaction delete removes the parent, and a background
 * delete first marks it (src/store/cascade.ts), which bumps its version; a change checked after
 * the mark sees it and is refused.
 */
export const marketRules: RecordRules<Market> = { spec: marketSpec, schema: market, what: 'market' };

export const priorityRules: RecordRules<Priority> = {
  spec: prioritySpec,
  schema: priority,
  what: 'business priority',
  async guardReferences(record, before, writes) {
    if (before?.marketId === record.marketId) return;
    const parent = await getRecord(marketSpec, record.marketId);
    if (!parent) {
      fail('VALIDATION', 'The chosen market no longer exists.', {
        fields: { marketId: 'This market no longer exists; choose another one' },
      });
      return;
    }
    refuseIfDeleting(marketSpec.label(parent), parent, 'marketId');
    checkIfRoom(writes, marketSpec.entity, [parent]);
  },
};

export const solutionRules: RecordRules<Solution> = {
  spec: solutionSpec,
  schema: solution,
  what: 'solution',
  async guardReferences(record, before, writes) {
    const added = record.priorityIds.filter((id) => !before?.priorityIds.includes(id));
    if (added.length === 0) return;
    const found = await getMany(prioritySpec, added);
    const missing = added.filter((id) => !found.some((p) => p.id === id));
    if (missing.length > 0) {
      const which =
        missing.length === 1
          ? 'One chosen business priority'
          : `${missing.length} chosen business priorities`;
      fail('VALIDATION', `${which} no longer exist${missing.length === 1 ? 's' : ''}.`, {
        fields: {
          priorityIds: `${which} no longer exist${missing.length === 1 ? 's' : ''}; reload and choose again`,
        },
      });
    }
    for (const p of found) refuseIfDeleting(prioritySpec.label(p), p, 'priorityIds');
    checkIfRoom(writes, prioritySpec.entity, found);
  },
};

export const contributionRules: RecordRules<Contribution> = {
  spec: contributionSpec,
  schema: contribution,
  what: 'contribution',
  async guardReferences(record, before, writes) {
    if (before) return;
    const parent = await getRecord(solutionSpec, record.solutionId);
    if (!parent) {
      fail('NOT_FOUND', 'This solution no longer exists. It may have been deleted by someone else.');
      return;
    }
    refuseIfDeleting(solutionSpec.label(parent), parent);
    // Always checked, room or not: a link is the record a cascade must never orphan.
    writes.requireExisting(solutionSpec.entity, record.solutionId, parent.version);
  },
};
