import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

/** Table cells styled with design tokens only, so light and dark themes both read well. */
export const headerCellStyle: CSSProperties = {
  textAlign: 'start',
  verticalAlign: 'bottom',
  padding: token('space.100'),
  borderBlockEnd: `2px solid ${token('color.border')}`,
  color: token('color.text.subtle'),
  font: token('font.heading.xxsmall'),
};

export const bodyCellStyle: CSSProperties = {
  verticalAlign: 'top',
  padding: token('space.100'),
  borderBlockEnd: `1px solid ${token('color.border')}`,
  minWidth: '160px',
};
