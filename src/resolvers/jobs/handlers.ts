import type { JobKind } from '../../contract';
import { deleteJob } from './delete';
import { importJob } from './import';
import { layerJob } from './layer';
import { refreshJob } from './refresh';
import type { JobHandler } from './types';

/** Every kind of background job, by the kind stored on its record. */
export const JOB_HANDLERS: Record<JobKind, JobHandler<never> | undefined> = {
  refresh: refreshJob as JobHandler<never>,
  reconcile: refreshJob as JobHandler<never>,
  count: refreshJob as JobHandler<never>,
  delete: deleteJob as JobHandler<never>,
  import: importJob as JobHandler<never>,
  layer: layerJob as JobHandler<never>,
};
