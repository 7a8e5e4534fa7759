import { BACKUP_FORMAT, EXPORT_PAGE_BYTES, fail, type BackupPage } from '../../contract';
import type { Deps } from '../../deps';
import type { Caller } from '../define';
import { requireManager } from '../mutations/authorize';

/** Room in a page's answer for the envelope around the records (format, cursor, total). */
const ENVELOPE_BYTES = 16 * 1024;

/**
 * A backup is complete or it is not given. It names every linked epic (key, title, note) and the
 * projects they are in, so it goes only to a "Manage market layer" holder who can also browse
 * every project the market layer names, checked in one bulk permission request (1,000 projects a
 * request). Anyone else gets FORBIDDEN saying how many projects they cannot browse, never which:
 * a redacted backup would import as a different market layer, and the names are what is hidden.
 * Checked on every page, so a page asked for directly is no way around it.
 */
async function requireCompleteAccess(deps: Pick<Deps, 'jira' | 'store'>, caller: Caller): Promise<number> {
  const { shards, meta } = await deps.store.readModel.read();
  if (!meta) await deps.store.readModel.rebuild();
  const model = meta ? shards : (await deps.store.readModel.read()).shards;
  const projectIds = new Set<string>();
  let total = 0;
  for (const { value } of model.values()) {
    total +=
      Object.keys(value.markets).length +
      Object.keys(value.priorities).length +
      Object.keys(value.solutions).length;
    for (const row of Object.values(value.products)) {
      if (row.linkedEpics === 0 && row.version === null) continue;
      projectIds.add(row.projectId);
      total += row.linkedEpics + (row.version === null ? 0 : 1);
    }
  }
  const access = await requireManager(deps, caller, { projectIds: [...projectIds] });
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
  caller: Caller,
  cursor: string | undefined,
): Promise<BackupPage> {
  const from = cursor === undefined ? null : deps.store.backup.decodeExportCursor(cursor);
  const total = await requireCompleteAccess(deps, caller);
  const { records, next } = await deps.store.backup.exportPage(from, EXPORT_PAGE_BYTES - ENVELOPE_BYTES);
  return {
    backup: { format: BACKUP_FORMAT, exportedAt: deps.now().toISOString(), ...records },
    next: next && deps.store.backup.encodeExportCursor(next),
    total,
  };
}

/** The whole backup in one answer, while it fits one; LIMIT (before reading the rest) when it does not. */
export async function exportWholeBackup(deps: Deps, caller: Caller) {
  const page = await exportBackupPage(deps, caller, undefined);
  if (page.next !== null)
    fail(
      'LIMIT',
      `The market layer is larger than one answer can carry (${EXPORT_PAGE_BYTES / 1024 / 1024} MB). Export it from the settings page, which fetches it a page at a time (admin.exportPage).`,
    );
  return page.backup;
}
