import type { Solution } from '../../../../src/contract';

type Horizon = Solution['horizon'];

/** The columns, left to right (the contract's HORIZONS would pull zod into the bundle). */
export const HORIZON_LABELS: Record<Horizon, string> = { now: 'Now', next: 'Next', later: 'Later' };
export const HORIZON_ORDER = Object.keys(HORIZON_LABELS) as Horizon[];
