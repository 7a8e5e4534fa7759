/**
 * Jira calls for independent chunks run a few at a time: enough to fit hundreds of epics into a
 * resolver's 25 s, few enough to stay clear of Jira's per-second burst limit
 * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/).
 */
export const JIRA_CONCURRENCY = 4;

/** Like `Promise.all(items.map(fn))`, with at most `limit` calls in flight; stops starting new ones after a failure. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index]);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
