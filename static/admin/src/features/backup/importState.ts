import type { Backup } from '../../../../../src/contract';
import type { ResolverError } from '../../../../shared';
import type { BackupCounts } from './readBackupFile';

/** One import, start to finish; each phase is what the status line and progress bar show. */
export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string }
  | { phase: 'invalid'; fileName: string; message: string; details: string[] }
  | { phase: 'ready'; fileName: string; backup: Backup; counts: BackupCounts }
  | { phase: 'importing'; fileName: string; counts: BackupCounts }
  | { phase: 'done'; fileName: string; imported: BackupCounts }
  | { phase: 'failed'; fileName: string; backup: Backup; counts: BackupCounts; error: ResolverError };

export const IMPORT_STEPS = 3;

/** Step n of IMPORT_STEPS for the progress bar, or null when nothing is under way. */
export function stepOf(state: ImportState): number | null {
  switch (state.phase) {
    case 'reading':
      return 1;
    case 'ready':
    case 'invalid':
      return 2;
    case 'importing':
      return 3;
    default:
      return null;
  }
}
