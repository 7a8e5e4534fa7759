import type { Product } from '../contract';
import { AppFailure, fail, product } from '../contract';
import { changedFields } from '../domain';
import { pendingAudit } from './audit';
import type { StoreContext } from './context';
import { productSpec } from './layout';
import { getRecord, listRecords, requireRecord } from './reads';
import { audit, createRecord, staleMessage, updateRecord, type Editable, type RecordRules } from './records';
import { Writes } from './writes';

const productRules: RecordRules<Product> = { spec: productSpec, schema: product, what: 'product' };

export interface ProductSave {
  projectId: string;
  /** The project's current key and name in Jira, refreshed on every save. */
  projectKey: string;
  projectName: string;
  /** `null` when the product was never saved (the view shows such projects with version null). */
  version: number | null;
  changes: Pick<Editable<Product>, 'displayName' | 'productLine'>;
}

/** A Jira project as the product record names it. */
export type ProductProject = Pick<Product, 'projectId' | 'projectKey' | 'projectName'>;

const isConflict = (error: unknown) => error instanceof AppFailure && error.error.code === 'CONFLICT';

/** Products are keyed by Jira project id; a project with no record simply has no display name yet. */
export function productsRepository(ctx: StoreContext) {
  return {
    get: (projectId: string) => getRecord(productSpec, projectId),
    list: () => listRecords(productSpec),

    async save(input: ProductSave, accountId: string): Promise<Product> {
      const { projectId, projectKey, projectName } = input;
      if (input.version === null) {
        const fields = {
          projectId,
          projectKey,
          projectName,
          displayName: '',
          productLine: '',
          ...input.changes,
        };
        return createRecord(ctx, productRules, fields, accountId, {
          conflictMessage: `Someone else saved product ${projectKey} first. Reload to see their change, then make yours again.`,
        });
      }
      const changes = { projectKey, projectName, ...input.changes };
      return updateRecord(ctx, productRules, projectId, input.version, changes, accountId);
    },

    /**
     * The product record of a project, created (unnamed, no product line) when there is none yet,
     * so a project that starts contributing is known by its Jira name. A record someone else
     * created at the same moment is as good as ours, so that race is not an error.
     */
    async ensure(project: ProductProject, accountId: string): Promise<Product> {
      const stored = await getRecord(productSpec, project.projectId);
      if (stored) return stored;
      try {
        const fields = { ...project, displayName: '', productLine: '' };
        return await createRecord(ctx, productRules, fields, accountId);
      } catch (error) {
        const raced = isConflict(error) ? await getRecord(productSpec, project.projectId) : null;
        if (raced) return raced;
        throw error;
      }
    },

    /** Removes the display name and product line; contributions keep their project. */
    async delete(projectId: string, version: number, accountId: string): Promise<void> {
      const current = await requireRecord(productSpec, projectId, 'product');
      const label = productSpec.label(current);
      if (current.version !== version) fail('CONFLICT', staleMessage(label));
      const changes = changedFields(current, null);
      await new Writes()
        .remove(productSpec, current)
        .audit(
          pendingAudit(
            ctx.stamp(),
            audit(productSpec, current, version + 1, 'delete', accountId, changes, `Deleted ${label}`),
          ),
        )
        .commit(staleMessage(label));
    },
  };
}
