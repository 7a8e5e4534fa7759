import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { CellSummary } from '../../../../src/contract';
import { percent } from '../../../shared';
import { productLabel } from '../portfolioIndex';
import { usePortfolio } from '../PortfolioContext';
import { heatMap, heatOf, type Heat } from './heatMap';
import { OverviewSection } from './OverviewSection';
import { WeakestProduct } from './WeakestProduct';

const HEAT: Record<Heat, { background: string; label: string }> = {
  low: { background: token('color.background.danger'), label: 'under a third ready' },
  mid: { background: token('color.background.warning'), label: 'one to two thirds ready' },
  high: { background: token('color.background.success'), label: 'over two thirds ready' },
};

/** The table's name for assistive technology; the section heading says it to everyone else. */
const visuallyHidden = {
  position: 'absolute' as const,
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap' as const,
};

const tableStyle = xcss({ width: '100%', overflowX: 'auto' });
const cellStyle = {
  padding: `${token('space.050')} ${token('space.100')}`,
  borderBlockEnd: `1px solid ${token('color.border')}`,
  textAlign: 'center' as const,
};
const headStyle = { ...cellStyle, font: token('font.body.small'), color: token('color.text.subtle') };

/**
 * How ready each top solution is, product by product: a cell's colour is its readiness band and
 * its text the number, the row names its weakest product (a solution ships when its last product
 * does). Drawn from the landing's first matrix page, never wider than a screen.
 */
export function ReadinessHeatMap() {
  const { summary, index } = usePortfolio();
  const map = heatMap(summary);
  const markets = (ids: string[]) =>
    ids
      .map((id) => index.market.get(id)?.name)
      .filter(Boolean)
      .join(', ');
  return (
    <OverviewSection
      title="Readiness of the top solutions"
      question="Each solution is only as ready as its least-ready product"
      shown={`${map.rows.length} of ${map.solutionsTotal} solutions`}
      tab="matrix"
      tabLabel="Open the contribution matrix"
    >
      {map.rows.length === 0 ? (
        <Text color="color.text.subtle">No solution yet: create one for a business priority.</Text>
      ) : (
        <Stack space="space.100">
          <Box xcss={tableStyle}>
            <table style={{ borderCollapse: 'collapse', width: '100%' }}>
              <caption style={visuallyHidden}>
                Readiness of each product’s part, by solution in rank order
              </caption>
              <thead>
                <tr>
                  <th scope="col" style={{ ...headStyle, textAlign: 'start' }}>
                    Solution
                  </th>
                  {map.columns.map((projectId) => {
                    const name = productLabel(index.product.get(projectId));
                    return (
                      <th key={projectId} scope="col" style={headStyle} title={name}>
                        <span
                          style={{
                            display: 'inline-block',
                            maxWidth: '96px',
                            overflow: 'hidden',
                            textOverflow: 'ellipsis',
                            whiteSpace: 'nowrap',
                            verticalAlign: 'bottom',
                          }}
                        >
                          {name}
                        </span>
                      </th>
                    );
                  })}
                  <th scope="col" style={{ ...headStyle, textAlign: 'start' }}>
                    Weakest product
                  </th>
                </tr>
              </thead>
              <tbody>
                {map.rows.map(({ solution, row, cells }) => (
                  <tr key={solution.id}>
                    <th scope="row" style={{ ...cellStyle, textAlign: 'start', fontWeight: 'normal' }}>
                      <Stack space="space.0">
                        <Text weight="semibold">{solution.name}</Text>
                        {solution.marketIds.length > 0 && (
                          <Text size="small" color="color.text.subtle">
                            for {markets(solution.marketIds)}
                          </Text>
                        )}
                      </Stack>
                    </th>
                    {map.columns.map((projectId) => (
                      <HeatCell key={projectId} cell={cells.get(projectId)} />
                    ))}
                    <td style={{ ...cellStyle, textAlign: 'start' }}>
                      <WeakestProduct readiness={row.readiness} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Box>
          <Text size="small" color="color.text.subtle">
            Red: under a third of the product’s work done · yellow: up to two thirds · green: more.
            {map.productsLeftOut > 0 &&
              ` ${map.productsLeftOut} more ${map.productsLeftOut === 1 ? 'product' : 'products'} contribute to these solutions; the matrix shows every one.`}
          </Text>
        </Stack>
      )}
    </OverviewSection>
  );
}

function HeatCell({ cell }: { cell: CellSummary | undefined }) {
  if (!cell) {
    return (
      <td style={{ ...cellStyle, color: token('color.text.subtlest') }}>
        <span aria-label="not needed">–</span>
      </td>
    );
  }
  const heat = HEAT[heatOf(cell.readiness)];
  return (
    <td style={{ ...cellStyle, background: heat.background, color: token('color.text') }} title={heat.label}>
      {percent(cell.readiness)}
    </td>
  );
}
