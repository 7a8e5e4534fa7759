import { useState } from 'react';

/**
 * A long list already in memory, shown a step at a time: hundreds of solutions stay cheap to
 * render, and "Show more" reveals the next step.
 */
export function useShowMore<T>(items: T[], step = 50): { shown: T[]; hidden: number; showMore: () => void } {
  const [limit, setLimit] = useState(step);
  const shown = items.slice(0, limit);
  return { shown, hidden: items.length - shown.length, showMore: () => setLimit((n) => n + step) };
}
