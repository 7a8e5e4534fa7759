import {
  backup,
  backupCountsOf,
  fieldErrors,
  type Backup,
  type BackupCounts,
} from '../../../../../src/contract';

export type ReadBackupResult =
  { ok: true; backup: Backup; counts: BackupCounts } | { ok: false; message: string; details: string[] };

/**
 * Reads and checks a backup in the browser, so a wrong file is caught before anything is sent.
 * Any size: it travels in chunks (transfer.ts).
 */
export function readBackupText(text: string): ReadBackupResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'This file is not JSON. Choose a file exported by Market Layer.',
      details: [],
    };
  }
  const checked = backup.safeParse(parsed);
  if (!checked.success) {
    const details = Object.entries(fieldErrors(checked.error))
      .slice(0, 5)
      .map(([path, message]) => `backup.${path}: ${message}`);
    return { ok: false, message: 'This file is not a Market Layer backup this version can import.', details };
  }
  return { ok: true, backup: checked.data, counts: backupCountsOf(checked.data) };
}
