import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { MatrixCellDetail } from '../../../../../src/contract';
import { ContributionItem, HiddenCount, PlainList, RowActions } from '../../../../shared';

const itemStyle = xcss({
  marginBlockStart: 'space.0',
  paddingBlockEnd: 'space.100',
  borderBlockEndColor: 'color.border',
  borderBlockEndStyle: 'solid',
  borderBlockEndWidth: 'border.width',
});

/** The epics of one matrix cell the viewer may browse; the others only as a count. */
export function CellEpics({
  detail,
  onUnlink,
}: {
  detail: MatrixCellDetail;
  /** Offered to people who may manage; unlinking returns to this list. */
  onUnlink?: (contribution: MatrixCellDetail['contributions'][number]) => void;
}) {
  const { contributions, hiddenCount } = detail;
  if (contributions.length === 0 && hiddenCount === 0) {
    return (
      <Text color="color.text.subtlest">No epics of this product are linked to the solution any more.</Text>
    );
  }
  return (
    <Stack space="space.150">
      {contributions.length > 0 && (
        <PlainList space="space.100" label="Epics">
          {contributions.map((contribution) => (
            <Box as="li" key={contribution.id} xcss={itemStyle}>
              <ContributionItem
                contribution={contribution}
                action={
                  onUnlink && (
                    <RowActions
                      name={`epic ${contribution.epicKey}`}
                      actions={[{ label: 'Unlink', onClick: () => onUnlink(contribution) }]}
                    />
                  )
                }
              />
            </Box>
          ))}
        </PlainList>
      )}
      <HiddenCount count={hiddenCount} noun={contributions.length ? 'more epic' : 'epic'} />
    </Stack>
  );
}
