import { parseGadgetContext } from '../../../static/gadgets/src/gadgetContext';
import { servesText } from '../../../static/context/src/servesText';

const context = (moduleKey: string, extension: Record<string, unknown>) => ({ moduleKey, extension });

describe('a gadget’s Forge context', () => {
  test('the module key says which gadget, entryPoint "edit" the edit mode, the configuration the market', () => {
    expect(
      parseGadgetContext(
        context('product-balance', { entryPoint: 'edit', gadgetConfiguration: { marketId: 'mkt_1' } }),
      ),
    ).toEqual({ gadget: 'product-balance', editing: true, config: { marketId: 'mkt_1' } });
    expect(parseGadgetContext(context('solution-readiness', { gadgetConfiguration: {} }))).toEqual({
      gadget: 'solution-readiness',
      editing: false,
      config: {},
    });
  });

  test('a configuration that no longer parses shows all markets instead of failing', () => {
    const parsed = parseGadgetContext(
      context('market-investment', { gadgetConfiguration: { marketId: 42 } }),
    );
    expect(parsed.config).toEqual({});
  });

  test('a module that is not one of the app’s gadgets is refused, saying so', () => {
    expect(() => parseGadgetContext(context('epic-solutions', {}))).toThrow(
      'This gadget is not one Market Layer knows',
    );
  });
});

test('the context line names the solutions, then their markets, each once', () => {
  const solution = (name: string, markets: string[]) => ({
    solution: { name } as never,
    markets: markets.map((m) => ({ name: m }) as never),
  });
  expect(servesText([])).toBeNull();
  expect(servesText([solution('Continuous close', ['Mid-market financial services'])])).toBe(
    'Serves: Continuous close · Mid-market financial services',
  );
  expect(
    servesText([
      solution('Continuous close', ['Mid-market financial services']),
      solution('Audit-ready access', ['Mid-market financial services', 'Public sector agencies']),
    ]),
  ).toBe(
    'Serves: Continuous close · Audit-ready access · Mid-market financial services · Public sector agencies',
  );
});
