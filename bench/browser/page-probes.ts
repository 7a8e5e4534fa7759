/**
 * Code that runs inside the page, not in Node: Playwright sends each function's source text, so
 * none may use anything from this module's scope.
 */

/** A condition on the page: an element matching `selector`, its text free of `without` (a spinner's words). */
export interface Condition {
  selector: string;
  without?: string;
}

interface Probes {
  longTasks: { start: number; end: number }[];
  lastInput: number;
  watches: Map<string, Promise<number>>;
}

type ProbeWindow = Window & { __probes: Probes };

/**
 * Installed before the bundle loads: records long tasks (main-thread work over 50 ms) and the time
 * of the last click or key press, so a dialog is timed from the person's input, not from Node.
 */
export function installProbes(): void {
  const probes: Probes = { longTasks: [], lastInput: 0, watches: new Map() };
  (window as unknown as ProbeWindow).__probes = probes;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probes.longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  const input = (event: Event) => {
    probes.lastInput = event.timeStamp;
  };
  addEventListener('click', input, true);
  addEventListener('keydown', input, true);
}

/**
 * Starts watching for `condition` under the name `name`; the watch resolves to the time of the
 * first frame painted after the condition held (a frame, then a task: after the paint).
 */
export function watch({ name, condition }: { name: string; condition: Condition }): void {
  const probes = (window as unknown as ProbeWindow).__probes;
  const holds = () => {
    const found = document.querySelector(condition.selector);
    return Boolean(found && !(condition.without && found.textContent?.includes(condition.without)));
  };
  const painted = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
    );
  probes.watches.set(
    name,
    new Promise<number>((resolve, reject) => {
      setTimeout(() => reject(new Error(`${name}: no ${condition.selector} after 2 minutes`)), 120_000);
      if (holds()) return void painted().then(resolve);
      const observer = new MutationObserver(() => {
        if (!holds()) return;
        observer.disconnect();
        void painted().then(resolve);
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    }),
  );
}

/** Milliseconds from the last input to the watch's paint. */
export async function sinceInput(name: string): Promise<number> {
  const probes = (window as unknown as ProbeWindow).__probes;
  const at = await probes.watches.get(name)!;
  return at - probes.lastInput;
}

/**
 * The landing, timed from the moment `portfolio.get`'s answer reached the page: when its content
 * was first painted, and when it became interactive (painted, and the main thread past its last
 * long task, with `quietMs` of quiet after it, like Lighthouse's time to interactive).
 */
export async function landingTimes({ name, quietMs }: { name: string; quietMs: number }) {
  const probes = (window as unknown as ProbeWindow).__probes;
  const painted = await probes.watches.get(name)!;
  const arrived = performance.getEntriesByName('answer portfolio.get')[0].startTime;
  const lastEnd = () => Math.max(0, ...probes.longTasks.filter((t) => t.start >= arrived).map((t) => t.end));
  while (performance.now() - Math.max(painted, lastEnd()) < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const longTasks = probes.longTasks.filter((t) => t.start >= arrived && t.start < painted + quietMs);
  return {
    painted: painted - arrived,
    interactive: Math.max(painted, lastEnd()) - arrived,
    longestTask: Math.max(0, ...longTasks.map((t) => t.end - t.start)),
  };
}

/**
 * Scrolls the matrix down, right, up and left, `frames` frames each, by a step every frame, and
 * returns the time between frames (what a person sees as smooth or not) and the most DOM
 * elements seen after any leg.
 */
export async function scrollMatrix({
  frames,
  stepX,
  stepY,
}: {
  frames: number;
  stepX: number;
  stepY: number;
}) {
  const region = document.querySelector('[aria-label="Contribution matrix, scrolls both ways"]')!;
  const legs: [number, number][] = [
    [0, stepY],
    [stepX, 0],
    [0, -stepY],
    [-stepX, 0],
  ];
  const gaps: number[] = [];
  let mostElements = 0;
  for (const [dx, dy] of legs) {
    await new Promise<void>((resolve) => {
      let count = 0;
      let last = 0;
      const frame = (time: number) => {
        if (last) gaps.push(time - last);
        last = time;
        if (count++ === frames) return resolve();
        region.scrollBy(dx, dy);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    mostElements = Math.max(mostElements, document.getElementsByTagName('*').length);
  }
  return { gaps, mostElements };
}
