import { Clock } from '../../../local/runtime';

describe('the runtime clock', () => {
  it('stands still when frozen, and moves only by advance()', () => {
    const clock = new Clock({ frozenAt: 1_000 });
    expect(clock.now()).toBe(1_000);
    clock.advance(500);
    clock.advanceTo(1_200); // earlier than now: no move
    expect(clock.now()).toBe(1_500);
    expect(() => clock.advance(-1)).toThrow(/only moves forward/);
  });

  it('follows real time by default, shifted by what advance() added', () => {
    const clock = new Clock();
    clock.advance(60_000);
    expect(clock.now() - Date.now()).toBeGreaterThanOrEqual(59_000);
  });

  it('wakes a sleep when advance() reaches its end, not before', async () => {
    const clock = new Clock({ frozenAt: 0 });
    let woke = false;
    const sleep = clock.sleep(1_000).then(() => (woke = true));
    clock.advance(999);
    await Promise.resolve();
    expect(woke).toBe(false);
    clock.advance(1);
    await sleep;
    expect(clock.sleeping).toBe(0);
  });

  it('wakes a sleep on a flowing clock when the real time has passed', async () => {
    await new Clock().sleep(5);
  });

  it('forgets an aborted sleep: it never wakes and holds no timer', async () => {
    const clock = new Clock();
    const abort = new AbortController();
    let woke = false;
    void clock.sleep(10, abort.signal).then(() => (woke = true));
    expect(clock.sleeping).toBe(1);
    abort.abort();
    expect(clock.sleeping).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(woke).toBe(false);
  });
});
