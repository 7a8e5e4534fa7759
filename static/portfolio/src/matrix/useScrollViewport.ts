import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { ASSUMED_VIEWPORT, type Viewport } from './layout';

/** The scroll position and size of a scroll container, updated at most once a frame. */
export function useScrollViewport(ref: RefObject<HTMLElement | null>): Viewport {
  const [viewport, setViewport] = useState<Viewport>(ASSUMED_VIEWPORT);

  const measure = (element: HTMLElement) =>
    setViewport((last) => {
      const next = {
        top: element.scrollTop,
        left: element.scrollLeft,
        width: element.clientWidth,
        height: element.clientHeight,
      };
      const same =
        last.top === next.top &&
        last.left === next.left &&
        last.width === next.width &&
        last.height === next.height;
      return same ? last : next;
    });

  useLayoutEffect(() => {
    if (ref.current) measure(ref.current);
  }, [ref]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        measure(element);
      });
    };
    element.addEventListener('scroll', schedule, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    resize?.observe(element);
    return () => {
      element.removeEventListener('scroll', schedule);
      resize?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ref]);

  return viewport;
}
