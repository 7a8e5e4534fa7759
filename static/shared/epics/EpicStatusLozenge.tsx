import Lozenge from '@atlaskit/lozenge';
import type { StatusCategory } from '../../../src/contract';
import { STATUS_CATEGORY_APPEARANCE } from '../labels';

/** An epic's Jira status, coloured by its status category as Jira itself does. */
export function EpicStatusLozenge({ category, name }: { category: StatusCategory; name: string }) {
  return <Lozenge appearance={STATUS_CATEGORY_APPEARANCE[category]}>{name}</Lozenge>;
}
