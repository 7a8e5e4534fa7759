import type { Investment, InvestmentMeasure } from '../../src/contract';

/** The measure in words, and how to say an amount of it ("3.5 open epics"). */
const MEASURE_LABELS: Record<InvestmentMeasure, { name: string; unit: string; units: string }> = {
  'open-epics': { name: 'open epics', unit: 'open epic', units: 'open epics' },
  'open-units': { name: 'open child issues', unit: 'open child issue', units: 'open child issues' },
  estimate: { name: 'estimates', unit: 'estimate point', units: 'estimate points' },
};

type Measured = Pick<Investment, 'measure' | 'estimateField' | 'openEpics' | 'unestimated'>;

/** The measure in use, naming the site's field when it sums estimates: "estimates (Story point estimate)". */
export function measureName(investment: Measured): string {
  const { name } = MEASURE_LABELS[investment.measure];
  return investment.measure === 'estimate' && investment.estimateField
    ? `${name} (${investment.estimateField.name})`
    : name;
}

/** Under the estimate measure, how many open epics count 0 for want of one; null otherwise. */
export function unestimatedText(investment: Measured): string | null {
  if (investment.measure !== 'estimate') return null;
  const { unestimated, openEpics } = investment;
  if (unestimated === 0) return `Every open epic has an estimate.`;
  const verb = unestimated === 1 ? 'has' : 'have';
  return `${unestimated} of ${openEpics} open epics ${verb} no estimate; they count 0.`;
}

/** 3.5 → "3.5", 2 → "2", 1.3333 → "1.3": split work gives fractions. */
function amount(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function amountOf(measure: InvestmentMeasure, value: number): string {
  const label = MEASURE_LABELS[measure];
  return `${amount(value)} ${value === 1 ? label.unit : label.units}`;
}

/** −0.1 → "−10 points"; a gap is a difference of shares, said in percentage points. */
export function points(gap: number): string {
  const n = Math.round(gap * 100);
  if (n === 0) return 'no gap';
  return `${n > 0 ? '+' : '−'}${Math.abs(n)} ${Math.abs(n) === 1 ? 'point' : 'points'}`;
}
