import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { Box, xcss } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import { BalanceView } from './balance/BalanceView';
import { GapList } from './gaps/GapList';
import { InvestmentView } from './investment/InvestmentView';
import { gapTotal } from './gaps/gapGroups';
import { ContributionMatrix } from './matrix/ContributionMatrix';
import { ValueNarrative } from './narrative/ValueNarrative';
import { Overview } from './overview/Overview';
import { usePortfolio } from './PortfolioContext';
import { RankingList } from './ranking/RankingList';
import { RoadmapView } from './roadmap/RoadmapView';
import { TABS } from './route/route';
import { useOpenTab, useRoute } from './route/RouteContext';
import { StrategyTree } from './strategy/StrategyTree';

const panelStyle = xcss({ width: '100%' });

function Panel({ children }: { children: ReactNode }) {
  return (
    <TabPanel>
      <Box paddingBlock="space.200" xcss={panelStyle}>
        {children}
      </Box>
    </TabPanel>
  );
}

/**
 * The portfolio's sections, one tab each, the overview first; the gap count warns before anyone
 * opens the tab. The open tab is in the page URL (route/), so it can be sent as a link. Only the
 * open tab is in the page (`shouldUnmountTabPanelOnChange`), so a large portfolio's matrix does
 * not stay in the DOM behind the ranking.
 */
export function PortfolioTabs() {
  const { summary } = usePortfolio();
  const { route } = useRoute();
  const openTab = useOpenTab();
  const gaps = gapTotal(summary.gapCounts);
  return (
    <Tabs
      id="portfolio-sections"
      shouldUnmountTabPanelOnChange
      selected={TABS.indexOf(route.tab)}
      onChange={(index) => openTab(TABS[index])}
    >
      {/* In the order of TABS. */}
      <TabList>
        <Tab>Overview</Tab>
        <Tab>Strategy</Tab>
        <Tab>Contribution matrix</Tab>
        <Tab>{gaps ? `Gaps (${gaps})` : 'Gaps'}</Tab>
        <Tab>Balance</Tab>
        <Tab>Investment</Tab>
        <Tab>Ranking</Tab>
        <Tab>Roadmap</Tab>
        <Tab>Value narrative</Tab>
      </TabList>
      <Panel>
        <Overview />
      </Panel>
      <Panel>
        <StrategyTree />
      </Panel>
      <Panel>
        <ContributionMatrix />
      </Panel>
      <Panel>
        <GapList />
      </Panel>
      <Panel>
        <BalanceView />
      </Panel>
      <Panel>
        <InvestmentView />
      </Panel>
      <Panel>
        <RankingList />
      </Panel>
      <Panel>
        <RoadmapView />
      </Panel>
      <Panel>
        <ValueNarrative />
      </Panel>
    </Tabs>
  );
}
