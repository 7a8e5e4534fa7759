import { Queue } from '@forge/events';
import type { JobPump } from '../../../local/runtime';
import { deliveries, MINUTE, settle, useJobsRuntime } from './jobs-runtime';

/** Waits (in real time, briefly) until `check` holds: the pump works in the background. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 500; tries += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('The job pump did not get there in 5 s');
}

const delivered = (count: number) => async () => (await deliveries()).length >= count;

// The `npm start` host delivers in the background, as Forge does, instead of tests' deliverJobs().
describe('async events: the job pump', () => {
  const rt = useJobsRuntime();
  let pump: JobPump;
  beforeEach(() => (pump = rt().startJobPump()));
  afterEach(() => pump.stop());

  it('delivers an event soon after it is pushed', async () => {
    await new Queue({ key: 'work' }).push({ body: { mode: 'record' } });
    await eventually(delivered(1));
    expect(rt().pendingJobs()).toEqual([]);
  });

  it('delivers a delayed event when the clock reaches it, and a retry when it falls due', async () => {
    await new Queue({ key: 'work' }).push({ body: { mode: 'record' }, delayInSeconds: 30 });
    await new Queue({ key: 'work' }).push({ body: { mode: 'throw', succeedOnRetry: 1 } });
    await eventually(delivered(1));
    await settle();
    expect(await deliveries()).toHaveLength(1);

    rt().clock.advance(30_000);
    await eventually(delivered(2));
    rt().clock.advance(MINUTE);
    await eventually(delivered(3));
    expect((await deliveries()).map((d) => d.event.retryContext?.retryCount ?? 0)).toEqual([0, 0, 1]);
    expect(rt().pendingJobs()).toEqual([]);
  });

  it('delivers nothing more once stopped', async () => {
    await pump.stop();
    await new Queue({ key: 'work' }).push({ body: { mode: 'record' } });
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await deliveries()).toEqual([]);
    expect(rt().pendingJobs()).toHaveLength(1);
  });
});
