import type { Market } from '../../../../src/contract';

type Segment = Market['segments'][number];
export type SegmentKind = Segment['kind'];
export type SegmentText = Record<SegmentKind, string>;

// The contract's kinds, in the order the form shows them; typed so a new kind fails `tsc` here.
const KIND_ORDER: Record<SegmentKind, number> = { industry: 0, region: 1, size: 2 };
const SEGMENT_KINDS = (Object.keys(KIND_ORDER) as SegmentKind[]).sort(
  (a, b) => KIND_ORDER[a] - KIND_ORDER[b],
);

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

/**
 * The backend names a bad tag by its place in the list (`segments.3.value`); people typed it in
 * one of three inputs. Gives each input's message, using the tags as they were sent.
 */
export function segmentMessagesByKind(
  fields: Record<string, string> | undefined,
  sent: Segment[],
): Partial<Record<SegmentKind, string>> {
  const messages: Partial<Record<SegmentKind, string>> = {};
  for (const [path, message] of Object.entries(fields ?? {})) {
    const match = /^(?:changes\.)?segments\.(\d+)(?:\.|$)/.exec(path);
    const kind = match ? sent[Number(match[1])]?.kind : undefined;
    if (kind) messages[kind] ??= message;
  }
  return messages;
}
