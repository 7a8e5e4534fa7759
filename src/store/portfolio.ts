import type { z } from 'zod';
import type {
  Market,
  marketFields,
  Priority,
  priorityFields,
  Product,
  Solution,
  solutionFields,
} from '../contract';
import type { IdPrefix, RecordType } from '../domain';
import type { StoreContext } from './context';
import { deleteRecord, type DeleteOptions } from './deletes';
import { marketSpec, prioritySpec, productSpec, type EntitySpec } from './layout';
import { getMany, getManyOf, getRecord, listRecords, listWhere } from './reads';
import { createRecord, updateRecord, type Editable, type RecordRules } from './records';
import { marketRules, priorityRules, solutionRules } from './rules';

type MarketFields = z.output<typeof marketFields>;
type PriorityFields = z.output<typeof priorityFields>;
type SolutionFields = z.output<typeof solutionFields>;

type Record_ = { id: string; version: number; createdAt: string; updatedAt: string; updatedBy: string };

/**
 * Create, read, update and delete for one of the user-edited record types. F is the contract's
 * `*Fields` schema output, which is T without id and bookkeeping: the casts only restate that.
 */
function repository<T extends Record_, F extends object>(
  ctx: StoreContext,
  rules: RecordRules<T>,
  type: RecordType,
  prefix: IdPrefix,
) {
  return {
    get: (id: string): Promise<T | undefined> => getRecord(rules.spec, id),
    list: (): Promise<T[]> => listRecords(rules.spec),
    /** Several by id, 25 a request; ids no longer stored are left out. */
    getMany: (ids: readonly string[]): Promise<T[]> => getMany(rules.spec, ids),
    create: (fields: F, accountId: string): Promise<T> =>
      createRecord(
        ctx,
        rules,
        { id: ctx.newId(prefix), ...fields } as unknown as Omit<T, keyof Omit<Record_, 'id'>>,
        accountId,
      ),
    update: (id: string, version: number, changes: Partial<F>, accountId: string): Promise<T> =>
      updateRecord(ctx, rules, id, version, changes as Editable<T>, accountId),
    /** CONFLICT naming the dependents unless `options.cascade`; LIMIT when the cascade exceeds one transaction. */
    delete: (id: string, version: number, accountId: string, options?: DeleteOptions) =>
      deleteRecord(ctx, type, id, version, accountId, options),
  };
}

function marketsRepository(ctx: StoreContext) {
  return repository<Market, MarketFields>(ctx, marketRules, 'market', 'mkt');
}

function prioritiesRepository(ctx: StoreContext) {
  return {
    ...repository<Priority, PriorityFields>(ctx, priorityRules, 'priority', 'pri'),
    listByMarket: (marketId: string): Promise<Priority[]> => listWhere(prioritySpec, 'marketId', marketId),
  };
}

function solutionsRepository(ctx: StoreContext) {
  return repository<Solution, SolutionFields>(ctx, solutionRules, 'solution', 'sol');
}

export function portfolioRepositories(ctx: StoreContext) {
  return {
    markets: marketsRepository(ctx),
    priorities: prioritiesRepository(ctx),
    solutions: solutionsRepository(ctx),
    /** Priorities, markets and products by id in one batch (what a panel shows of the strategy behind an epic). */
    async recordsOf(ids: {
      priorityIds: readonly string[];
      marketIds: readonly string[];
      projectIds: readonly string[];
    }) {
      const [priorities, markets, products] = await getManyOf([
        { spec: prioritySpec as EntitySpec<{ version: number }>, keys: ids.priorityIds },
        { spec: marketSpec as EntitySpec<{ version: number }>, keys: ids.marketIds },
        { spec: productSpec as EntitySpec<{ version: number }>, keys: ids.projectIds },
      ]);
      return {
        priorities: priorities as Priority[],
        markets: markets as Market[],
        products: products as Product[],
      };
    },
  };
}
