import { kvs, Sort } from '@forge/kvs';
import { AppFailure, type JobKind, type JobStatus } from '../contract';
import type { StoreContext } from './context';
import { kvsCall } from './kvs-call';
import { execute, type Operation } from './writes';

/** manifest.yml `job`: one value per background job, listed newest first through `startedAt`. */
const JOB_ENTITY = 'job';

/** A job as stored: its public status, the step the chain is at and where the next step resumes. */
export interface StoredJob<C = unknown> extends JobStatus {
  version: number;
  /** Steps finished: the event for step `step` is the one that may run next. */
  step: number;
  /** What the next step needs to resume (kept small: a KVS value holds 240 KB). */
  cursor: C;
  /** Arguments fixed when the job started (the record to delete, who asked). */
  args: Record<string, unknown>;
}

type JobValue = { version: number; startedAt: string; record: StoredJob };

export interface NewJob<C> {
  kind: JobKind;
  label: string;
  unit: string;
  total: number | null;
  startedBy: string | null;
  cursor: C;
  args?: Record<string, unknown>;
  /** Work already done (a job that resumes where a failed one stopped). */
  done?: number;
}

/** What a finished step changes: progress, the resume point, and whether the job is over. */
export interface JobAdvance<C> {
  done: number;
  total?: number | null;
  cursor: C;
  /** The part of the work the job moves on to (kept until another is named). */
  stage?: string;
  finished?: { state: 'done' | 'failed'; message: string };
}

const conflict = 'Another run of this background job moved it on first.';
/** A job's record is its progress and its outcome: worth keeping a month, not forever. */
const KEPT_DAYS = 30;

/** The write of a job record, to commit alone or in the transaction that starts the work. */
export function jobOperation(job: StoredJob, expect: { version: number } | 'absent'): Operation {
  return {
    kind: 'set',
    entity: JOB_ENTITY,
    key: job.id,
    value: { version: job.version, startedAt: job.startedAt, record: job } satisfies JobValue,
    expect,
    expireAfterDays: KEPT_DAYS,
  };
}

/** A new job's first record, not yet stored. */
export function newJob<C>(ctx: StoreContext, job: NewJob<C>): StoredJob<C> {
  const at = ctx.stamp();
  return {
    id: ctx.newId('job'),
    kind: job.kind,
    label: job.label,
    stage: null,
    unit: job.unit,
    state: 'running',
    done: job.done ?? 0,
    total: job.total,
    startedAt: at,
    startedBy: job.startedBy,
    updatedAt: at,
    finishedAt: null,
    message: null,
    version: 1,
    step: 0,
    cursor: job.cursor,
    args: job.args ?? {},
  };
}

export function jobsRepository(ctx: StoreContext) {
  const save = (job: StoredJob, expect: { version: number } | 'absent') =>
    execute([jobOperation(job, expect)], conflict);

  return {
    async start<C>(job: NewJob<C>): Promise<StoredJob<C>> {
      const stored = newJob(ctx, job);
      await save(stored, 'absent');
      return stored;
    },

    get: async (id: string): Promise<StoredJob | undefined> =>
      (await kvsCall(() => kvs.entity<JobValue>(JOB_ENTITY).get(id)))?.record,

    /** The latest jobs, newest first: one query. */
    async recent(max = 10): Promise<StoredJob[]> {
      const page = await kvsCall(() =>
        kvs.entity<JobValue>(JOB_ENTITY).query().index('startedAt').sort(Sort.DESC).limit(max).getMany(),
      );
      return page.results.map((r) => r.value.record);
    },

    /**
     * Records one finished step, conditional on the version the step started from: of two
     * deliveries of the same step (a retry racing a late success), only one moves the job on.
     * Answers the job as stored, or undefined when the other delivery won.
     */
    async advance<C>(job: StoredJob<C>, next: JobAdvance<C>): Promise<StoredJob<C> | undefined> {
      const at = ctx.stamp();
      const moved: StoredJob<C> = {
        ...job,
        version: job.version + 1,
        step: job.step + 1,
        done: next.done,
        total: next.total === undefined ? job.total : next.total,
        stage: next.stage ?? job.stage,
        cursor: next.cursor,
        updatedAt: at,
        state: next.finished?.state ?? 'running',
        finishedAt: next.finished ? at : null,
        message: next.finished?.message ?? null,
      };
      try {
        await save(moved, { version: job.version });
        return moved;
      } catch (error) {
        if (error instanceof AppFailure && error.error.code === 'CONFLICT') return undefined;
        throw error;
      }
    },

    /** Notes what went wrong on a step that will be retried (best effort: the retry matters more). */
    async noteProblem(job: StoredJob, message: string): Promise<void> {
      const noted = { ...job, version: job.version + 1, message, updatedAt: ctx.stamp() };
      await save(noted, { version: job.version }).catch(() => undefined);
    },
  };
}
