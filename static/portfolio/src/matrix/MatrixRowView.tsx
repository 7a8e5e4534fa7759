import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { ProductSummary } from '../../../../src/contract';
import { HiddenCount, ReadinessBar } from '../../../shared';
import { StatusLozenge } from '../common/StatusLozenge';
import { usePortfolio } from '../PortfolioContext';
import { MatrixCellView } from './MatrixCellView';
import { bodyCellStyle } from './tableStyles';
import type { MatrixLine } from './useMatrix';

/** One solution across the products: its epics per product, integration index and readiness. */
export function MatrixRowView({ line, columns }: { line: MatrixLine; columns: ProductSummary[] }) {
  const { canManage, openDialog } = usePortfolio();
  const { row, solution, rank } = line;
  const cells = new Map(row.cells.map((cell) => [cell.projectId, cell]));
  return (
    <tr>
      <th scope="row" style={{ ...bodyCellStyle, textAlign: 'start' }}>
        <Stack space="space.050">
          <Text weight="semibold">
            {rank !== null ? `${rank}. ` : ''}
            {solution.name}
          </Text>
          <Inline space="space.050">
            <StatusLozenge status={solution.status} />
          </Inline>
          <HiddenCount count={row.hiddenCount} />
          {canManage && (
            <Inline>
              <Button
                spacing="compact"
                onClick={() => openDialog({ kind: 'link', solution })}
                aria-label={`Link an epic to ${solution.name}`}
              >
                Link epic
              </Button>
            </Inline>
          )}
        </Stack>
      </th>
      {columns.map((product) => (
        <td key={product.projectId} style={bodyCellStyle}>
          <MatrixCellView cell={cells.get(product.projectId)} />
        </td>
      ))}
      <td style={bodyCellStyle}>
        <Stack space="space.050">
          <Text>
            {row.integrationIndex} {row.integrationIndex === 1 ? 'product' : 'products'}
          </Text>
          {row.singleProduct && <Lozenge appearance="removed">Single product</Lozenge>}
        </Stack>
      </td>
      <td style={bodyCellStyle}>
        <ReadinessBar readiness={row.readiness} />
      </td>
    </tr>
  );
}
