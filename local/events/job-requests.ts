import type { EmulatorResponse } from '../types';
import type { JobStore } from './job-store';

/** The `{queueName, jobId, time}` body of `JobProgress.getStats()` and `cancel()` (jobProgress.js). */
function jobOf(body: unknown): { queueName: string; jobId: string } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { queueName, jobId } = body as Record<string, unknown>;
  return typeof queueName === 'string' && typeof jobId === 'string' ? { queueName, jobId } : undefined;
}

const badRequest: EmulatorResponse = {
  status: 400,
  body: { code: 'BAD_REQUEST', message: 'queueName and jobId must be strings.' },
};
// The SDK turns a 404 into JobDoesNotExistError (validateGetStatsAPIResponse, validateCancelJobAPIResponse).
const notFound: EmulatorResponse = { status: 404, body: { message: 'Job not found.' } };

/** POST /webhook/queue/stats/…: 200 `{success, inProgress, failed}`, 404 for a job this queue never had. */
export function stats(store: JobStore, body: unknown): EmulatorResponse {
  const job = jobOf(body);
  if (!job) return badRequest;
  const found = store.stats(job.queueName, job.jobId);
  return found ? { status: 200, body: found } : notFound;
}

/** POST /webhook/queue/cancel/…: 204 (also for a job already finished), 404 for an unknown job. */
export function cancel(store: JobStore, body: unknown): EmulatorResponse {
  const job = jobOf(body);
  if (!job) return badRequest;
  return store.cancel(job.queueName, job.jobId) ? { status: 204 } : notFound;
}
