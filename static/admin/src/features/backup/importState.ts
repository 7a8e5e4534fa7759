import type { Backup, BackupCounts } from '../../../../../src/contract';
import type { ResolverError } from '../../../../shared';

/** One import, start to finish; each phase is what the status line and progress bar show. */
export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string }
  | { phase: 'invalid'; fileName: string; message: string; details: string[] }
  | { phase: 'ready'; fileName: string; backup: Backup; counts: BackupCounts }
  | {
      phase: 'uploading';
      fileName: string;
      backup: Backup;
      counts: BackupCounts;
      sent: number;
      chunks: number;
    }
  /** Stopped by the person between two parts: the parts stored stay, so importing it again resumes. */
  | {
      phase: 'stopped';
      fileName: string;
      backup: Backup;
      counts: BackupCounts;
      sent: number;
      chunks: number;
    }
  /** The job writes it: the page follows `jobId` through jobs.list. */
  | { phase: 'writing'; fileName: string; counts: BackupCounts; importId: string; jobId: string }
  | { phase: 'failed'; fileName: string; backup: Backup; counts: BackupCounts; error: ResolverError };
