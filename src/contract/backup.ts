import { z } from 'zod';
import { isoTimestamp } from './fields';
import { contribution, market, priority, product, settings, solution } from './entities';

/** The versioned JSON backup: bump BACKUP_FORMAT when the shape changes, and migrate on import. */
export const BACKUP_FORMAT = 1;

export const backup = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { error: `Only backup format ${BACKUP_FORMAT} can be imported` }),
  exportedAt: isoTimestamp,
  settings: settings.nullable(),
  markets: z.array(market),
  priorities: z.array(priority),
  solutions: z.array(solution),
  contributions: z.array(contribution),
  products: z.array(product),
});
export type Backup = z.infer<typeof backup>;
