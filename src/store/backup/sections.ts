import { contribution, market, priority, product, solution, type BackupSection } from '../../contract';
import {
  contributionSpec,
  marketSpec,
  prioritySpec,
  productSpec,
  solutionSpec,
  type EntitySpec,
} from '../layout';

type AnySpec = EntitySpec<{ version: number }>;

/** Where each section of a backup is stored. */
export const SECTION_SPECS: Record<BackupSection, AnySpec> = {
  markets: marketSpec as unknown as AnySpec,
  priorities: prioritySpec as unknown as AnySpec,
  solutions: solutionSpec as unknown as AnySpec,
  contributions: contributionSpec as unknown as AnySpec,
  products: productSpec as unknown as AnySpec,
};

/** The schema every record of a section must meet. */
export const SECTION_SCHEMAS = {
  markets: market,
  priorities: priority,
  solutions: solution,
  contributions: contribution,
  products: product,
};
