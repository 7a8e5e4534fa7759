import { Queue } from '@forge/events';
import { deliveries, START, useJobsRuntime } from './jobs-runtime';

// "The events processing can be delayed up to 15 minutes using the delayInSeconds setting."
// https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/#push-api
describe('async events: delayInSeconds', () => {
  const rt = useJobsRuntime();

  it('holds a delayed event back until its time on the runtime clock', async () => {
    await new Queue({ key: 'work' }).push([
      { body: { mode: 'record', n: 'now' } },
      { body: { mode: 'record', n: 'later' }, delayInSeconds: 10 },
    ]);
    expect(await rt().deliverJobs()).toMatchObject({ delivered: 1 });
    expect(
      rt()
        .pendingJobs()
        .map((e) => e.dueAt),
    ).toEqual([START + 10_000]);

    rt().clock.advance(9_999);
    expect(await rt().deliverJobs()).toMatchObject({ delivered: 0 });
    rt().clock.advance(1);
    expect(await rt().deliverJobs()).toMatchObject({ delivered: 1 });

    const seen = (await deliveries()).map((d) => d.event);
    expect(seen.map((e) => e.body.n)).toEqual(['now', 'later']);
    // The AsyncEvent carries the delay it was pushed with.
    expect(seen[1].delayInSeconds).toBe(10);
  });

  it('delivers events due at once in push order, and a later-pushed event due earlier first', async () => {
    const queue = new Queue({ key: 'work' });
    await queue.push({ body: { mode: 'record', n: 'a, due at 20 s' }, delayInSeconds: 20 });
    await queue.push({ body: { mode: 'record', n: 'b, due at 5 s' }, delayInSeconds: 5 });
    await queue.push({ body: { mode: 'record', n: 'c, due at 20 s' }, delayInSeconds: 20 });
    rt().clock.advance(20_000);
    await rt().deliverJobs();
    expect((await deliveries()).map((d) => d.event.body.n)).toEqual([
      'b, due at 5 s',
      'a, due at 20 s',
      'c, due at 20 s',
    ]);
  });

  it('moves the clock to each delayed event with { fastForward: true }, instead of returning', async () => {
    await new Queue({ key: 'work' }).push({ body: { mode: 'record' }, delayInSeconds: 900 });
    expect(await rt().deliverJobs({ fastForward: true })).toMatchObject({ delivered: 1 });
    expect(rt().clock.now()).toBe(START + 900_000);
  });
});
