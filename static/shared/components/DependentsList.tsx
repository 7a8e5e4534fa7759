import { Stack, Text } from '@atlaskit/primitives';
import type { Dependent } from '../../../src/contract';

const NOUNS: Record<Dependent['type'], string> = {
  market: 'Market',
  priority: 'Business priority',
  solution: 'Solution',
  contribution: 'Epic contribution',
};

/** What still refers to a record someone wants to delete, in words. */
export function DependentsList({ dependents }: { dependents: Dependent[] }) {
  return (
    <Stack space="space.100">
      <Text as="p" role="alert">
        Other records depend on it. Deleting it also deletes these:
      </Text>
      <ul>
        {dependents.map((dependent) => (
          <li key={`${dependent.type}:${dependent.id}`}>
            {NOUNS[dependent.type]}: {dependent.name}
          </li>
        ))}
      </ul>
    </Stack>
  );
}
