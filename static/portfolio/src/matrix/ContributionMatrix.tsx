import { Box, Text, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { EmptyState } from '../../../shared';
import { productLabel } from '../portfolioIndex';
import { usePortfolio } from '../PortfolioContext';
import { MatrixRowView } from './MatrixRowView';
import { headerCellStyle } from './tableStyles';
import { useMatrix } from './useMatrix';

const scroller = xcss({ overflowX: 'auto' });

/** Solutions (by rank) × products: which epics each product contributes, and how ready the whole is. */
export function ContributionMatrix() {
  const { view, index } = usePortfolio();
  const { columns, lines } = useMatrix(view, index);
  if (lines.length === 0) {
    return (
      <EmptyState
        header="No solutions yet"
        description="Create a solution for a business priority, then link the epics each product contributes."
      />
    );
  }
  return (
    <Box xcss={scroller} tabIndex={0} role="region" aria-label="Contribution matrix, scrolls sideways">
      <table style={{ borderCollapse: 'collapse', width: '100%', color: token('color.text') }}>
        <caption style={{ textAlign: 'start', paddingBlockEnd: token('space.100') }}>
          <Text color="color.text.subtle">
            Rows are solutions in ranking order; columns are the products that contribute epics.
          </Text>
        </caption>
        <thead>
          <tr>
            <th scope="col" style={headerCellStyle}>
              Solution
            </th>
            {columns.map((product) => (
              <th scope="col" key={product.projectId} style={headerCellStyle}>
                {productLabel(product)}
              </th>
            ))}
            <th scope="col" style={headerCellStyle}>
              Integration
            </th>
            <th scope="col" style={headerCellStyle}>
              Readiness
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <MatrixRowView key={line.solution.id} line={line} columns={columns} />
          ))}
        </tbody>
      </table>
    </Box>
  );
}
