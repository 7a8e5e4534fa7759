import { formatRoute, parseRoute, type PortfolioRoute } from '../../../static/portfolio/src/route/route';

const at = (path: string) => {
  const [pathname, search = ''] = path.split('?');
  return parseRoute({ pathname, search: search ? `?${search}` : '' });
};

describe('the portfolio page’s place in the URL', () => {
  it('opens the overview when the app’s path is empty or names no tab', () => {
    for (const path of ['/', '', '/no-such-tab', '//'])
      expect(at(path)).toEqual({ tab: 'overview', params: {} });
  });

  it('reads a tab and its own filters, and drops filters that tab does not have', () => {
    expect(at('/gaps?kind=priority-unaddressed&product=10001')).toEqual({
      tab: 'gaps',
      params: { kind: 'priority-unaddressed' },
    });
    expect(at('/ranking/?horizon=now&market=mkt_1&status=')).toEqual({
      tab: 'ranking',
      params: { horizon: 'now', market: 'mkt_1' },
    });
  });

  it('keeps the narrative’s, the investment’s and the roadmap’s filters (issue 10)', () => {
    expect(at('/narrative?horizon=now&layer=executive&market=mkt_1&kind=x')).toEqual({
      tab: 'narrative',
      params: { market: 'mkt_1', layer: 'executive', horizon: 'now' },
    });
    expect(at('/investment?status=exit&product=10001')).toEqual({
      tab: 'investment',
      params: { product: '10001', status: 'exit' },
    });
    expect(formatRoute({ tab: 'roadmap', params: { product: '10001', market: 'mkt_1' } })).toBe(
      '/roadmap?market=mkt_1&product=10001',
    );
  });

  it('writes one URL for one place, whatever order the filters were set in', () => {
    const a: PortfolioRoute = { tab: 'ranking', params: { status: 'committed', market: 'mkt_1' } };
    const b: PortfolioRoute = { tab: 'ranking', params: { market: 'mkt_1', status: 'committed' } };
    expect(formatRoute(a)).toBe('/ranking?market=mkt_1&status=committed');
    expect(formatRoute(b)).toBe(formatRoute(a));
    expect(formatRoute({ tab: 'overview', params: {} })).toBe('/overview');
  });

  it('reads back what it writes, names with spaces and ampersands included', () => {
    const route: PortfolioRoute = { tab: 'matrix', params: { product: 'A & B', compact: '1' } };
    expect(at(formatRoute(route))).toEqual(route);
  });
});
