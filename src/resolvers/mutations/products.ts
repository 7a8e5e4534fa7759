import { fail } from '../../contract';
import type { Deps } from '../../deps';
import { defineManaged } from './authorize';

/**
 * A product is a Jira project with an optional display name and product line. The project's key
 * and name are read from Jira as the caller on every save, so a project they cannot browse is
 * refused the same way as one that does not exist.
 */
export function productMutations(deps: Deps) {
  return {
    'product.update': defineManaged(
      deps,
      'product.update',
      async ({ projectId, version, changes }, caller) => {
        const project =
          (await deps.jira.listProjects('user')).find((p) => p.id === projectId) ??
          fail('VALIDATION', 'This project does not exist, or you do not have permission to see it.', {
            fields: { projectId: 'This project does not exist, or you do not have permission to see it' },
          });
        const { key: projectKey, name: projectName } = project;
        return deps.store.products.save(
          { projectId, projectKey, projectName, version, changes },
          caller.accountId,
        );
      },
    ),
  };
}
