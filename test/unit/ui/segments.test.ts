import { segmentsFromText, segmentsToText } from '../../../static/portfolio/src/markets/segments';

test('comma-separated tags per kind become segment tags, blanks dropped, and back again', () => {
  const segments = segmentsFromText({ industry: 'Banking, Insurance ,', region: ' EU ', size: '' });
  expect(segments).toEqual([
    { kind: 'industry', value: 'Banking' },
    { kind: 'industry', value: 'Insurance' },
    { kind: 'region', value: 'EU' },
  ]);
  expect(segmentsToText(segments)).toEqual({ industry: 'Banking, Insurance', region: 'EU', size: '' });
});
