import { Box, xcss } from '@atlaskit/primitives';
import { useEffect, useRef, type ReactNode } from 'react';
import { useRoute } from '../route/RouteContext';

const selectedStyle = xcss({
  backgroundColor: 'color.background.selected',
  borderRadius: 'radius.small',
});

/**
 * A priority or solution line of the strategy tree (its list item), marked when the URL selects it
 * (a gap's link: `?priority=…` or `?solution=…`): highlighted, scrolled into view and focused, so a
 * keyboard user lands where the link pointed. Anything else renders as a plain list item.
 */
export function RecordItem({
  type,
  id,
  xcss: style,
  children,
}: {
  type: 'priority' | 'solution';
  id: string;
  xcss: ReturnType<typeof xcss>;
  children: ReactNode;
}) {
  const { route } = useRoute();
  const selected = route.params[type] === id;
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!selected || !ref.current) return;
    ref.current.scrollIntoView({ block: 'center' });
    ref.current.focus({ preventScroll: true });
  }, [selected]);
  if (!selected)
    return (
      <Box as="li" xcss={style}>
        {children}
      </Box>
    );
  return (
    <Box as="li" ref={ref} xcss={[style, selectedStyle]} tabIndex={-1} aria-current="true">
      {children}
    </Box>
  );
}
