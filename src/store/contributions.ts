import type { StoreContext } from './context';
import { deleteRecord, type DeleteOptions } from './deletes';
import type { Contribution } from '../contract';
import { contributionSpec, fromStored } from './layout';
import { queryStretch } from './paging';
import { linkEpic, readForLink, type LinkInput, type LinkReads } from './link';
import { getRecord, listRecords, listStretch, listWhere } from './reads';
import { updateRecord } from './records';
import { contributionRules } from './rules';

export function contributionsRepository(ctx: StoreContext) {
  return {
    get: (id: string) => getRecord(contributionSpec, id),
    list: () => listRecords(contributionSpec),
    /** Up to `max` contributions from cursor `from` (null: the first); background jobs page with it. */
    listStretch: (from: string | null, max: number) => listStretch(contributionSpec, from, max),
    /**
     * Up to `max` contributions in epic order from cursor `from` (the `epicId` index, unfiltered):
     * each epic's links come together, so a backfill pages every epic's property a stretch a step.
     */
    listStretchByEpic: async (from: string | null, max: number) => {
      const { values, next } = await queryStretch<Contribution>(
        { entity: contributionSpec.entity, index: 'epicId' },
        from,
        max,
      );
      return { records: values.map(fromStored), next };
    },
    listBySolution: (solutionId: string) => listWhere(contributionSpec, 'solutionId', solutionId),
    listByEpic: (epicId: string) => listWhere(contributionSpec, 'epicId', epicId),
    listByProject: (projectId: string) => listWhere(contributionSpec, 'projectId', projectId),

    /** See `linkEpic`: VALIDATION naming `solutionId` when the solution is gone, CONFLICT when already linked. */
    link: (input: LinkInput, accountId: string, reads?: LinkReads) => linkEpic(ctx, input, accountId, reads),
    /** What `link` reads, in one batch; the resolver takes the settings from it. */
    readForLink,

    updateNote: (id: string, version: number, note: string, accountId: string) =>
      updateRecord(ctx, contributionRules, id, version, { note }, accountId),

    unlink: (id: string, version: number, accountId: string, options: DeleteOptions = {}) =>
      deleteRecord(ctx, 'contribution', id, version, accountId, options),
  };
}
