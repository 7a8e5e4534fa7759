import { Queue } from '@forge/events';

/** manifest.yml's `consumer` module `job-steps` reads this queue; each event is one job step. */
const JOBS_QUEUE = 'market-layer-jobs';

export interface JobStepEvent extends Record<string, unknown> {
  jobId: string;
  step: number;
}

/** Queues the next step of a job (one event, far inside Forge's 50 events and 200 KB a push). */
export async function enqueueJobStep(event: JobStepEvent): Promise<void> {
  await new Queue({ key: JOBS_QUEUE }).push({ body: event });
}
