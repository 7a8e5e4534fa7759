import type { ImportChunk } from '../../contract';
import type { StoreContext } from '../context';
import { decodeExportCursor, encodeExportCursor, exportPage } from './export-page';
import {
  checkStaged,
  checkWhole,
  finishImport,
  removeSection,
  removeStale,
  REMOVE_SECTIONS,
  stageChunk,
  writeOrder,
  writeStaged,
} from './import';
import { staging, type StagedImport } from './staging';

export type { PlannedChunk, Receipt, StagedImport } from './staging';
export { planOf } from './staging';

/** Backups: the export a page at a time, and the import staged, checked, then written in steps. */
export function backupRepository(ctx: StoreContext) {
  return {
    newImportId: () => ctx.newId('imp'),
    /** The whole backup checked in memory (schema, duplicates, references); VALIDATION naming `backup.…` fields. */
    checkWhole,
    exportPage,
    encodeExportCursor,
    decodeExportCursor,
    staging,
    stageChunk: (session: StagedImport, chunk: Omit<ImportChunk, 'importId'>) =>
      stageChunk(ctx, session, chunk),
    checkStaged,
    writeOrder,
    removeSection,
    REMOVE_SECTIONS,
    removeStale,
    writeStaged,
    finishImport: (session: StagedImport, accountId: string) => finishImport(ctx, session, accountId),
  };
}
