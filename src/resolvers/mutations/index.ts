import { createDeps, type Deps } from '../../deps';
import { contributionMutations } from './contributions';
import { marketMutations } from './markets';
import { priorityMutations } from './priorities';
import { productMutations } from './products';
import { settingsMutations } from './settings';
import { solutionMutations } from './solutions';

/**
 * Every change a person can make, each validated by the contract, authorized before anything is
 * written, and written by the store in one transaction with its audit entry.
 */
function createMutationResolvers(deps: Deps) {
  return {
    ...marketMutations(deps),
    ...priorityMutations(deps),
    ...solutionMutations(deps),
    ...contributionMutations(deps),
    ...productMutations(deps),
    ...settingsMutations(deps),
  };
}

export const mutationResolvers = createMutationResolvers(createDeps());
