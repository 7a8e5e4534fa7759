import { Text } from '@atlaskit/primitives';

/** When Jira's open-epic counts were taken: balance is only as fresh as that count. */
export function CountedAt({ countedAt }: { countedAt: string | null }) {
  if (!countedAt) {
    return (
      <Text color="color.text.subtle">
        Open epics have not been counted in Jira yet; products show as they are linked until the first count.
      </Text>
    );
  }
  const when = new Date(countedAt);
  const label = Number.isNaN(when.getTime())
    ? countedAt
    : when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Text color="color.text.subtle">
      Open epics counted in Jira <time dateTime={countedAt}>{label}</time>.
    </Text>
  );
}
