/**
 * Background work (src/resolvers/jobs): what touches too many records for one call runs as a
 * chain of small steps on Forge's async events, and reports its progress here for the pages to show.
 */
export type JobKind = 'refresh' | 'reconcile' | 'count' | 'delete' | 'import' | 'layer';

type JobState = 'running' | 'done' | 'failed';

export interface JobStatus {
  id: string;
  kind: JobKind;
  /** What it does, in the words the pages show: "Refreshing every linked epic from Jira". */
  label: string;
  /** Which part of the work it is on, when it has parts: "counting the open epics of every product". */
  stage: string | null;
  state: JobState;
  /** Units of work finished (epics, records, projects: `unit` says which) and the total once known. */
  done: number;
  total: number | null;
  unit: string;
  startedAt: string;
  /** Who started it; null for the app's own scheduled work. */
  startedBy: string | null;
  updatedAt: string;
  finishedAt: string | null;
  /** The outcome when done; what went wrong when failed; the last error while it retries. */
  message: string | null;
}
