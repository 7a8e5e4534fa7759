import Heading from '@atlaskit/heading';
import { Inline, Text } from '@atlaskit/primitives';
import type { Solution } from '../../../src/contract';
import { humanize } from '../format';
import { SolutionStatusLozenge } from './SolutionStatusLozenge';

/** Solution name with its status and horizon (now / next / later). */
export function SolutionTitle({ solution, level = 'h3' }: { solution: Solution; level?: 'h3' | 'h4' }) {
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap>
      <Heading size={level === 'h3' ? 'small' : 'xsmall'} as={level}>
        {solution.name}
      </Heading>
      <SolutionStatusLozenge status={solution.status} />
      <Text size="small" color="color.text.subtle">
        Horizon: {humanize(solution.horizon)}
      </Text>
    </Inline>
  );
}
