import { createHash } from 'node:crypto';
import {
  AppFailure,
  contribution as contributionSchema,
  product as productSchema,
  type Contribution,
  type EpicSnapshot,
  type Product,
  type Settings,
  type Solution,
} from '../contract';
import { changedFields, newId, shardOf } from '../domain';
import { pendingAudit } from './audit';
import type { StoreContext } from './context';
import {
  contributionSpec,
  fromStored,
  productSpec,
  settingsSpec,
  SETTINGS_KEY,
  solutionSpec,
  type Stored,
} from './layout';
import { addToWriteState, allDirectoryParts, writeStateItems, type WriteState } from './read-model/shards';
import { batchRead, getRecord, itemId } from './reads';
import { audit, validated } from './records';
import { requireLinkableSolution } from './rules';
import { settingsOrDefaults } from './settings';
import { Writes } from './writes';

const isConflict = (error: unknown) => error instanceof AppFailure && error.error.code === 'CONFLICT';

export interface LinkInput {
  solutionId: string;
  /**
   * The epic and where it lives. With `projectName` (the project as Jira names it now), a project
   * with no product record gets one in the same transaction, so every view says "Billing", not "BILL".
   */
  epic: { id: string; key: string; projectId: string; projectKey: string; projectName?: string };
  /** What this product contributes, one line. */
  note: string;
  snapshot: EpicSnapshot;
}

/**
 * Everything a link reads from storage, in ONE batch: the settings (the link's permission and
 * epic-type checks need them), the solution, the project's product record, and the read model the
 * link rewrites (the solution's and the product's shards, and every directory part, which says
 * whether the project's other solutions are live without reading their shards).
 */
export interface LinkReads {
  settings: Settings;
  solution: Solution | undefined;
  product: Product | undefined;
  state: WriteState;
}

export async function readForLink(solutionId: string, projectId: string): Promise<LinkReads> {
  const shards = [shardOf(solutionId), shardOf(projectId)];
  const found = await batchRead([
    { entity: settingsSpec.entity, key: SETTINGS_KEY },
    { entity: solutionSpec.entity, key: solutionId },
    { entity: productSpec.entity, key: projectId },
    ...writeStateItems(shards, undefined, allDirectoryParts()),
  ]);
  const record = <T extends { version: number }>(entity: string, key: string) => {
    const value = found.get(itemId(entity, key)) as Stored<T> | undefined;
    return value && fromStored(value);
  };
  return {
    settings: settingsOrDefaults(record<Settings>(settingsSpec.entity, SETTINGS_KEY)),
    solution: record<Solution>(solutionSpec.entity, solutionId),
    product: record<Product>(productSpec.entity, projectId),
    state: addToWriteState(found, shards, undefined, allDirectoryParts()),
  };
}

/**
 * One contribution per (solution, epic): the id is derived from the pair, so a second link of
 * the same pair is the same key and the transaction's "absent" condition refuses it atomically.
 */
function contributionId(solutionId: string, epicId: string): string {
  return newId('con', () => createHash('sha256').update(`${solutionId}|${epicId}`).digest('hex'));
}

/**
 * Links the epic in ONE transaction, with the audit entry, the read model and, for a project's
 * first link, its product record (named as Jira names the project). Every check is made here, once:
 * the solution exists and is not being deleted (VALIDATION naming `solutionId`; the transaction
 * also requires it at the version read, so a delete racing the link fails one of them), and the
 * epic is not linked to it already (CONFLICT; src/store/read-model/plan.ts). With `reads` from
 * `readForLink`, a link costs 4 storage requests while the solution and the project each have at
 * most 100 contributions: that batch, the two lists the read model is re-planned from, the write.
 */
export async function linkEpic(
  ctx: StoreContext,
  input: LinkInput,
  accountId: string,
  reads?: LinkReads,
): Promise<Contribution> {
  const {
    solution: found,
    product,
    state,
  } = reads ?? (await readForLink(input.solutionId, input.epic.projectId));
  const solution = requireLinkableSolution(found);
  const at = ctx.stamp();
  const stamp = { version: 1, createdAt: at, updatedAt: at, updatedBy: accountId };
  const { epic } = input;
  const record = validated(contributionSchema, {
    id: contributionId(input.solutionId, epic.id),
    solutionId: input.solutionId,
    epicId: epic.id,
    epicKey: epic.key,
    projectId: epic.projectId,
    projectKey: epic.projectKey,
    note: input.note,
    linkedBy: accountId,
    linkedAt: at,
    snapshot: input.snapshot,
    ...stamp,
  });
  const label = contributionSpec.label(record);
  const writes = new Writes()
    .put(contributionSpec, record, 'absent')
    // Always checked: a link is the record a cascade must never orphan.
    .requireExisting(solutionSpec.entity, solution.id, solution.version)
    .audit(
      pendingAudit(
        at,
        audit(contributionSpec, record, 1, 'link', accountId, changedFields(null, record), `Linked ${label}`),
      ),
    );
  const { projectId, projectKey, projectName } = epic;
  const createsProduct = !product && projectName !== undefined;
  if (createsProduct) {
    const created = validated(productSchema, {
      projectId,
      projectKey,
      projectName,
      displayName: '',
      productLine: '',
      ...stamp,
    });
    writes.put(productSpec, created, 'absent');
    writes.audit(
      pendingAudit(
        at,
        audit(
          productSpec,
          created,
          1,
          'create',
          accountId,
          changedFields(null, created),
          `Created ${productSpec.label(created)}`,
        ),
      ),
    );
  }
  try {
    await writes.commit(
      `${epic.key} is already linked to ${solutionSpec.label(solution)}, or the solution was just changed. Reload and try again.`,
      state,
    );
  } catch (error) {
    // Another first link into this project made its product record meanwhile (the "absent"
    // condition failed): link again, to that record. Any other conflict is the answer.
    if (createsProduct && isConflict(error) && (await getRecord(productSpec, projectId)))
      return linkEpic(ctx, input, accountId);
    throw error;
  }
  return record;
}
