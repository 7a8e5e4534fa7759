import type { AsyncEvent } from '@forge/events';
import { z } from 'zod';
import { AppFailure } from '../../contract';
import type { Deps } from '../../deps';
import type { StoredJob } from '../../store';
import { JOB_HANDLERS } from './handlers';
import { layerEvent, runLayerEvent } from './layer-event';
import type { JobHandler } from './types';

const stepEvent = z.strictObject({ jobId: z.string().min(1).max(64), step: z.number().int().min(0) });

/** Deliveries of one step before the job is reported failed instead of retried again. */
const MAX_ATTEMPTS = 5;

/**
 * One delivery of a job step (the `job-steps` consumer). Runs the step, records the progress
 * conditional on the version it started from, then queues the next step. Safe to deliver twice:
 * a step the job has moved past does nothing, except that a retried step whose successor may
 * never have been queued queues it again. A step that keeps failing is retried by Forge (with
 * backoff) up to MAX_ATTEMPTS deliveries, its problem shown meanwhile; then the job is failed.
 */
export async function runJobStep(deps: Deps, event: AsyncEvent): Promise<void> {
  const layer = layerEvent.safeParse(event.body);
  if (layer.success) return runLayerDelivery(deps, layer.data.layer, event);
  const parsed = stepEvent.safeParse(event.body);
  if (!parsed.success) {
    console.error('A job event that is not a job step was dropped', parsed.error.issues);
    return;
  }
  const { jobId, step } = parsed.data;
  const job = await deps.store.jobs.get(jobId);
  if (!job || job.state !== 'running') return;
  if (job.step !== step) {
    if (event.retryContext && job.step === step + 1) await deps.store.jobs.enqueue({ jobId, step: job.step });
    return;
  }
  const handler = JOB_HANDLERS[job.kind];
  if (!handler) {
    await deps.store.jobs.advance(
      job,
      failed(job, `This version of Market Layer cannot run “${job.kind}” jobs.`),
    );
    return;
  }
  let next;
  try {
    next = await handler.step(deps, job as StoredJob<never>);
  } catch (error) {
    const attempt = (event.retryContext?.retryCount ?? 0) + 1;
    const problem = describe(error);
    if (attempt >= MAX_ATTEMPTS) {
      await deps.store.jobs.advance(job, failed(job, stoppedMessage(handler, job, attempt, problem)));
      return;
    }
    await deps.store.jobs.noteProblem(job, `Trying again shortly (attempt ${attempt} failed): ${problem}`);
    throw error;
  }
  const moved = await deps.store.jobs.advance(job, next);
  if (moved?.state === 'running') await deps.store.jobs.enqueue({ jobId, step: moved.step });
}

/**
 * A link's property rewrite: a failure throws so that Forge delivers it again, up to MAX_ATTEMPTS;
 * then it is logged and dropped (the epic's next change, or a full refresh, writes it again).
 */
async function runLayerDelivery(
  deps: Deps,
  layer: Parameters<typeof runLayerEvent>[1],
  event: AsyncEvent,
): Promise<void> {
  try {
    await runLayerEvent(deps, layer);
  } catch (error) {
    const attempt = (event.retryContext?.retryCount ?? 0) + 1;
    if (attempt < MAX_ATTEMPTS) throw error;
    console.error('[layer] gave up rewriting the market layer of', layer.epicId, describe(error));
  }
}

/** Why it stopped, and (when the handler can say) what state the work is left in. */
export function stoppedMessage(
  handler: JobHandler<never>,
  job: StoredJob,
  attempts: number,
  problem: string,
): string {
  const after = attempts > 1 ? ` after ${attempts} attempts` : '';
  if (!handler.stopped) return `Stopped${after}: ${problem}`;
  // Only the reason: the rest of a request's message is about that request alone.
  const reason = problem.split(/(?<=\.)\s/)[0].replace(/\.$/, '');
  return `Stopped${after} (${reason}). ${handler.stopped(job as StoredJob<never>)}`;
}

export function failed(job: StoredJob, message: string) {
  return { done: job.done, cursor: job.cursor, finished: { state: 'failed' as const, message } };
}

/** Our own failures carry a message meant for people; anything else stays in the log. */
export function describe(error: unknown): string {
  if (error instanceof AppFailure) return error.error.message;
  console.error('A job step failed', error);
  return 'Market Layer hit an unexpected error.';
}
