import type { JobRunner } from './job-runner';
import type { JobStore } from './job-store';
import type { EventsClock } from './types';

export interface JobPump {
  /** Stops delivering; resolves once the delivery under way (if any) has finished. */
  stop(): Promise<void>;
}

/**
 * Delivers events in the background, as Forge does after a push: at once when an event starts
 * waiting, and when the next delayed event or retry falls due on the runtime clock. For the
 * `npm start` host; tests call `deliverJobs()` when they choose.
 */
export function startJobPump(
  runner: JobRunner,
  store: JobStore,
  clock: EventsClock,
  log: (line: string) => void = () => undefined,
): JobPump {
  let stopped = false;
  let poke = () => undefined as void;
  const unsubscribe = store.onWaiting(() => poke());

  const loop = (async () => {
    while (!stopped) {
      // Armed before delivering, so an event pushed during or after the delivery is not missed.
      const poked = new Promise<void>((resolve) => (poke = resolve));
      await runner
        .deliver()
        .catch((error: unknown) => log(`The job pump failed to deliver: ${String(error)}`));
      if (stopped) break;
      const dueAt = store.nextDueAt();
      const wait = new AbortController();
      const due =
        dueAt === undefined
          ? new Promise<void>(() => undefined)
          : clock.sleep(dueAt - clock.now(), wait.signal);
      await Promise.race([poked, due]);
      wait.abort();
    }
  })();

  return {
    stop: async () => {
      stopped = true;
      unsubscribe();
      poke();
      await loop;
    },
  };
}
