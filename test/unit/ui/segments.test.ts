import {
  segmentMessagesByKind,
  segmentsFromText,
  segmentsToText,
} from '../../../static/portfolio/src/markets/segments';

test('comma-separated tags per kind become segment tags, blanks dropped, and back again', () => {
  const segments = segmentsFromText({ industry: 'Banking, Insurance ,', region: ' EU ', size: '' });
  expect(segments).toEqual([
    { kind: 'industry', value: 'Banking' },
    { kind: 'industry', value: 'Insurance' },
    { kind: 'region', value: 'EU' },
  ]);
  expect(segmentsToText(segments)).toEqual({ industry: 'Banking, Insurance', region: 'EU', size: '' });
});

test('a tag the backend refuses by list position is traced back to the input it was typed in', () => {
  const sent = segmentsFromText({
    industry: 'Banking',
    region: 'EU, A region name far longer than forty characters',
    size: '',
  });
  const fields = { 'changes.segments.2.value': 'Keep tag to 40 characters or fewer' };
  expect(segmentMessagesByKind(fields, sent)).toEqual({ region: 'Keep tag to 40 characters or fewer' });
  expect(segmentMessagesByKind({ segments: 'Use at most 20 segment tags' }, sent)).toEqual({});
});
