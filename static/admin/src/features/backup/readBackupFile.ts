import { backup, fieldErrors, type Backup } from '../../../../../src/contract';

/**
 * A resolver request carries at most 500 KB
 * (https://developer.atlassian.com/platform/forge/platform-quotas-and-limits/), and the whole
 * backup travels in one `admin.import` request, so a larger file cannot be imported from here.
 */
const MAX_IMPORT_BYTES = 500 * 1024;

export type BackupCounts = Record<
  'markets' | 'priorities' | 'solutions' | 'contributions' | 'products',
  number
>;

export type ReadBackupResult =
  | { ok: true; backup: Backup; bytes: number; counts: BackupCounts }
  | { ok: false; message: string; details: string[] };

export function countsOf(data: Backup): BackupCounts {
  return {
    markets: data.markets.length,
    priorities: data.priorities.length,
    solutions: data.solutions.length,
    contributions: data.contributions.length,
    products: data.products.length,
  };
}

/** Reads and checks a backup in the browser, so a wrong file is caught before anything is replaced. */
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
      .map(([path, message]) => `${path}: ${message}`);
    return { ok: false, message: 'This file is not a Market Layer backup this version can import.', details };
  }
  // Measured as sent (compact JSON), not as stored on disk (often pretty-printed).
  const bytes = new TextEncoder().encode(JSON.stringify(checked.data)).length;
  if (bytes > MAX_IMPORT_BYTES) {
    const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
    return {
      ok: false,
      message: `This backup is ${kb(bytes)}; one request to Market Layer can carry at most ${kb(MAX_IMPORT_BYTES)}, so it cannot be imported from the browser.`,
      details: [],
    };
  }
  return { ok: true, backup: checked.data, bytes, counts: countsOf(checked.data) };
}
