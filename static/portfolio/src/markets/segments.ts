import { SEGMENT_KINDS, type Market } from '../../../../src/contract';

type Segment = Market['segments'][number];
export type SegmentKind = Segment['kind'];
export type SegmentText = Record<SegmentKind, string>;

/** Segment tags as one comma-separated line per kind, which is how people type them. */
export function segmentsToText(segments: Segment[]): SegmentText {
  const text = { industry: '', region: '', size: '' } satisfies SegmentText;
  for (const kind of SEGMENT_KINDS) {
    text[kind] = segments
      .filter((segment) => segment.kind === kind)
      .map((segment) => segment.value)
      .join(', ');
  }
  return text;
}

export function segmentsFromText(text: SegmentText): Segment[] {
  return SEGMENT_KINDS.flatMap((kind) =>
    (text[kind] ?? '')
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean)
      .map((value) => ({ kind, value })),
  );
}
