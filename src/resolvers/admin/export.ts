import { BACKUP_FORMAT, EXPORT_PAGE_BYTES, fail, type BackupPage } from '../../contract';
import type { Deps } from '../../deps';
import type { Caller } from '../define';
import { requireManage, viewerAccess } from '../access';

/** Room in a page's answer for the envelope around the records (format, cursor, total). */
const ENVELOPE_BYTES = 16 * 1024;

/**
 * A backup is complete or it is not given. It names every linked epic (key, title, note) and the
 * projects they are in, so it goes only to a "Manage market layer" holder who can also browse
 * every project the market layer names, checked in one bulk permission request (1,000 projects a
 * request). Anyone else gets FORBIDDEN saying how many projects they cannot browse, never which:
 * a redacted backup would import as a different market layer, and the names are what is hidden.
 * Checked on every page (before its cursor is even parsed), so a page asked for directly is no
 * way around it.
 */
export async function requireCompleteAccess(
  deps: Pick<Deps, 'jira' | 'store'>,
  caller: Caller,
): Promise<number> {
  const first = await deps.store.readModel.readLanding();
  if (!first.meta) {
    // Never built yet (a new installation): only a manager may make the app build it.
    requireManage(await viewerAccess(caller, deps));
    await deps.store.readModel.rebuild();
  }
  const shards = first.meta ? first.shards : (await deps.store.readModel.readLanding()).shards;
  const projectIds = new Set<string>();
  let total = 0;
  for (const shard of shards.values()) {
    total +=
      Object.keys(shard.markets).length +
      Object.keys(shard.priorities).length +
      Object.keys(shard.solutions).length;
    for (const row of Object.values(shard.products)) {
      if (row.linkedEpics === 0 && row.version === null) continue;
      projectIds.add(row.projectId);
      total += row.linkedEpics + (row.version === null ? 0 : 1);
    }
  }
  const access = await viewerAccess(caller, deps, { projectIds: [...projectIds] });
  requireManage(access);
  const hidden = [...projectIds].filter((id) => !access.canBrowseProject(id)).length;
  if (hidden > 0)
    fail(
      'FORBIDDEN',
      `A backup holds every epic linked in the market layer, and ${hidden} of the ${projectIds.size} projects they are in ${hidden === 1 ? 'is one' : 'are ones'} you cannot browse. Ask someone who can browse every project to export it.`,
    );
  return total;
}

/** One page of the export, at most EXPORT_PAGE_BYTES as an answer. */
export async function exportBackupPage(
  deps: Deps,
  cursor: string | undefined,
  total: number,
): Promise<BackupPage> {
  const from = cursor === undefined ? null : deps.store.backup.decodeExportCursor(cursor);
  const { records, next } = await deps.store.backup.exportPage(from, EXPORT_PAGE_BYTES - ENVELOPE_BYTES);
  return {
    backup: { format: BACKUP_FORMAT, exportedAt: deps.now().toISOString(), ...records },
    next: next && deps.store.backup.encodeExportCursor(next),
    total,
  };
}

/** The whole backup in one answer, while it fits one; LIMIT (before reading the rest) when it does not. */
export async function exportWholeBackup(deps: Deps) {
  const page = await exportBackupPage(deps, undefined, 0);
  if (page.next !== null)
    fail(
      'LIMIT',
      `The market layer is larger than one answer can carry (${EXPORT_PAGE_BYTES / 1024 / 1024} MB). Export it from the settings page, which fetches it a page at a time (admin.exportPage).`,
    );
  return page.backup;
}
