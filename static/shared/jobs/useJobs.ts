import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../../src/contract';
import { invoke } from '../client/invoke';

/** How often the pages ask how running work is getting on. */
const POLL_MS = 2000;

export interface Jobs {
  jobs: JobStatus[];
  /** Asks at once (after starting a job) and goes on asking while one runs. */
  refresh: () => void;
}

/**
 * The latest background jobs, asked on mount and every 2 s while one runs; `onFinished` hears
 * of each job that finishes while the page is open (the page reloads what it changed).
 */
export function useJobs(onFinished?: (job: JobStatus) => void): Jobs {
  const [jobs, setJobs] = useState<JobStatus[]>([]);
  const [asked, setAsked] = useState(0);
  const running = useRef(new Set<string>());
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      // A failed poll is not worth an error on the page: the next one tries again.
      const answer = await invoke('jobs.list', {}).catch(() => null);
      if (stopped) return;
      if (answer) {
        for (const job of answer)
          if (job.state !== 'running' && running.current.delete(job.id)) finished.current?.(job);
        answer.filter((j) => j.state === 'running').forEach((j) => running.current.add(j.id));
        setJobs(answer);
      }
      if (running.current.size > 0) timer = setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [asked]);

  const refresh = useCallback(() => setAsked((n) => n + 1), []);
  return { jobs, refresh };
}
