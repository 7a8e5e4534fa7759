import { Queue } from '@forge/events';

/** manifest.yml's `consumer` module `job-steps` reads this queue; each event is one job step. */
const JOBS_QUEUE = 'market-layer-jobs';

export interface JobStepEvent extends Record<string, unknown> {
  jobId: string;
  step: number;
}

/**
 * The epic whose links just changed, for the consumer to rewrite its `market-layer` issue property
 * from what is stored when it runs (src/resolvers/jobs/layer-event.ts). No job record: a link is
 * too small a change to list among the background jobs, and the record would be one more storage
 * request in the link.
 */
export interface LayerEvent extends Record<string, unknown> {
  layer: {
    epicId: string;
    solutionId: string;
    projectId: string;
    /** The link made the project's first epic in the solution: its integration index moved. */
    productMoved: boolean;
  };
}

/** Queues the next step of a job (one event, far inside Forge's 50 events and 200 KB a push). */
export async function enqueueJobStep(event: JobStepEvent): Promise<void> {
  await new Queue({ key: JOBS_QUEUE }).push({ body: event });
}

/** Queues the property rewrite after a link or unlink (one event; no storage or Jira request). */
export async function enqueueLayerEvent(event: LayerEvent): Promise<void> {
  await new Queue({ key: JOBS_QUEUE }).push({ body: event });
}
