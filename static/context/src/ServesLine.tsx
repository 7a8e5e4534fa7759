import { Box, Text } from '@atlaskit/primitives';
import { ErrorState, FrameLandmark, LoadingState, useResolver } from '../../shared';
import { servesText } from './servesText';

/**
 * jira:issueContext beside the fields: "Serves: Continuous close · Mid-market financial
 * services". The same read as the epic panel (`epic.get`, the issue from the Forge context); the
 * solutions named are the ones this epic is linked to, which the viewer may see since they can
 * see the epic.
 */
export function ServesLine() {
  return (
    <FrameLandmark title="Market layer: the solutions this epic serves">
      <Serves />
    </FrameLandmark>
  );
}

function Serves() {
  const { data, error, loading, reload } = useResolver('epic.get', {});
  if (error && !data) return <ErrorState error={error} onRetry={() => void reload()} />;
  if (!data) return loading ? <LoadingState label="Loading…" /> : null;
  const text = servesText(data.solutions);
  return (
    <Box padding="space.100">
      {text ? (
        <Text as="p">{text}</Text>
      ) : (
        <Text as="p" color="color.text.subtle">
          Serves no solution yet: link it from the Solutions for this epic panel.
        </Text>
      )}
    </Box>
  );
}
