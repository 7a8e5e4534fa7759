import { token } from '@atlaskit/tokens';
import type { CSSProperties, ReactNode } from 'react';

type Gap = 'space.0' | 'space.050' | 'space.100' | 'space.150' | 'space.200';

/** A list for screen readers ("list, 3 items") without bullets or indentation. */
export function PlainList({
  children,
  gap = 'space.100',
  ordered = false,
}: {
  children: ReactNode;
  gap?: Gap;
  ordered?: boolean;
}) {
  const style: CSSProperties = {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: token(gap),
  };
  return ordered ? <ol style={style}>{children}</ol> : <ul style={style}>{children}</ul>;
}
