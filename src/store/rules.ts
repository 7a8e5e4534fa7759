import { contribution, fail, market, priority, solution } from '../contract';
import type { Contribution, Market, Priority, Solution } from '../contract';
import { contributionSpec, marketSpec, prioritySpec, solutionSpec } from './layout';
import { getMany, getRecord } from './reads';
import { checkIfRoom, type RecordRules } from './records';

/**
 * What each record type refers to, checked before writing. The transaction also checks the
 * referenced records still exist, so a create racing a delete of its parent fails instead of
 * leaving an orphan. (A parent deleted just after its child is created is not caught: nothing
 * bumps the parent's version. The admin integrity check reports such orphans.)
 */
export const marketRules: RecordRules<Market> = { spec: marketSpec, schema: market, what: 'market' };

export const priorityRules: RecordRules<Priority> = {
  spec: prioritySpec,
  schema: priority,
  what: 'business priority',
  async guardReferences(record, before, writes) {
    if (before?.marketId === record.marketId) return;
    if (!(await getRecord(marketSpec, record.marketId))) {
      fail('VALIDATION', 'The chosen market no longer exists.', {
        fields: { marketId: 'This market no longer exists; choose another one' },
      });
    }
    checkIfRoom(writes, marketSpec.entity, [record.marketId]);
  },
};

export const solutionRules: RecordRules<Solution> = {
  spec: solutionSpec,
  schema: solution,
  what: 'solution',
  async guardReferences(record, before, writes) {
    const added = record.priorityIds.filter((id) => !before?.priorityIds.includes(id));
    if (added.length === 0) return;
    const found = new Set((await getMany(prioritySpec, added)).map((p) => p.id));
    const missing = added.filter((id) => !found.has(id));
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
    checkIfRoom(writes, prioritySpec.entity, added);
  },
};

export const contributionRules: RecordRules<Contribution> = {
  spec: contributionSpec,
  schema: contribution,
  what: 'contribution',
  async guardReferences(record, before, writes) {
    if (before) return;
    if (!(await getRecord(solutionSpec, record.solutionId))) {
      fail('NOT_FOUND', 'This solution no longer exists. It may have been deleted by someone else.');
    }
    writes.requireExisting(solutionSpec.entity, record.solutionId);
  },
};
