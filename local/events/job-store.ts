import type { JobStats, QueuedEvent } from './types';

interface Job extends JobStats {
  queueName: string;
  cancelled: boolean;
}

/**
 * The queues and jobs of one installation, in memory. A job counts each of its events once:
 * `inProgress` from the push until it succeeds or is given up, whatever retries it takes between.
 */
export class JobStore {
  private readonly jobs = new Map<string, Job>();
  private waiting: QueuedEvent[] = [];
  private seq = 0;
  private readonly listeners = new Set<() => void>();

  hasJob(queueName: string, jobId: string): boolean {
    return this.jobs.get(jobId)?.queueName === queueName;
  }

  knowsJobId(jobId: string): boolean {
    return this.jobs.has(jobId);
  }

  stats(queueName: string, jobId: string): JobStats | undefined {
    if (!this.hasJob(queueName, jobId)) return undefined;
    const { success, inProgress, failed } = this.jobs.get(jobId)!;
    return { success, inProgress, failed };
  }

  /** A new job with its events, all waiting. */
  addJob(events: Omit<QueuedEvent, 'seq'>[]): void {
    const { queueName, jobId } = events[0];
    this.jobs.set(jobId, { queueName, cancelled: false, success: 0, inProgress: events.length, failed: 0 });
    for (const event of events) this.waiting.push({ ...event, seq: this.seq++ });
    this.listeners.forEach((listener) => listener());
  }

  /** Takes the first event due at `now` off its queue, to run it. */
  takeDue(now: number): QueuedEvent | undefined {
    let next: QueuedEvent | undefined;
    for (const event of this.waiting) {
      if (event.dueAt > now) continue;
      if (!next || event.dueAt < next.dueAt || (event.dueAt === next.dueAt && event.seq < next.seq))
        next = event;
    }
    if (next) this.waiting = this.waiting.filter((e) => e !== next);
    return next;
  }

  /** When the next waiting event is due, if any waits. */
  nextDueAt(): number | undefined {
    return this.waiting.reduce<number | undefined>(
      (min, e) => (min === undefined || e.dueAt < min ? e.dueAt : min),
      undefined,
    );
  }

  /** Puts a running event back, to be retried; false (and dropped) if its job was cancelled meanwhile. */
  requeue(event: QueuedEvent): boolean {
    if (this.jobs.get(event.jobId)?.cancelled) {
      this.settle(event, 'cancelled');
      return false;
    }
    this.waiting.push({ ...event, seq: this.seq++ });
    this.listeners.forEach((listener) => listener());
    return true;
  }

  /** Records how a running event ended. */
  settle(event: QueuedEvent, outcome: 'success' | 'failed' | 'cancelled'): void {
    const job = this.jobs.get(event.jobId);
    if (!job) return;
    job.inProgress -= 1;
    if (outcome !== 'cancelled') job[outcome] += 1;
  }

  /**
   * Cancels a job: its waiting events (first deliveries and retries) are never delivered; an event
   * already running finishes, but is not retried. Cancelled events leave `inProgress` and are counted
   * nowhere else.
   */
  cancel(queueName: string, jobId: string): boolean {
    if (!this.hasJob(queueName, jobId)) return false;
    const job = this.jobs.get(jobId)!;
    job.cancelled = true;
    const dropped = this.waiting.filter((e) => e.jobId === jobId);
    this.waiting = this.waiting.filter((e) => e.jobId !== jobId);
    job.inProgress -= dropped.length;
    return true;
  }

  /** The events waiting, soonest first: what a test or the host can look at. */
  pending(): QueuedEvent[] {
    return [...this.waiting].sort((a, b) => a.dueAt - b.dueAt || a.seq - b.seq);
  }

  /** Called whenever an event starts waiting (a push, a retry): the job pump listens. */
  onWaiting(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
