import { useState } from 'react';
import { flushSync } from 'react-dom';
import type { MarketSummary, NarrativeMarket } from '../../../../src/contract';
import { toResolverError, useFlag } from '../../../shared';
import { copyText } from '../common/copyText';
import { downloadText } from '../common/downloadText';
import { usePortfolio } from '../PortfolioContext';
import { narrativeMarkdown } from './narrativeMarkdown';
import { filterStory, type StoryFilter } from './storyFilter';

export interface NarrativeExport {
  download: () => Promise<void>;
  copy: () => Promise<void>;
  print: () => Promise<void>;
  /** True while the stories are loaded for an export. */
  pending: boolean;
  /** True while the page is drawn for printing: every market told, not only those shown so far. */
  printing: boolean;
}

/**
 * The narrative for a board deck: every market the filters select (not only those shown so far),
 * each from its drill-down (`market.detail`, through the page's cache: markets already read cost
 * nothing). Markdown is built in the browser and downloaded or copied; printing draws every
 * market, then opens the browser's print dialog on the print stylesheet's clean view.
 */
export function useNarrativeExport(
  markets: MarketSummary[],
  filter: StoryFilter,
  subtitle: string,
): NarrativeExport {
  const { details } = usePortfolio();
  const flag = useFlag();
  const [pending, setPending] = useState(false);
  const [printing, setPrinting] = useState(false);

  const stories = async (): Promise<NarrativeMarket[]> => {
    const answers = await Promise.all(
      markets.map((market) => details.fetch('market.detail', { marketId: market.id })),
    );
    return answers.map((answer) => filterStory(answer.narrative, filter));
  };

  const run = (failure: string, work: () => Promise<void>) => async () => {
    setPending(true);
    try {
      await work();
    } catch (thrown) {
      flag(failure, { appearance: 'error', description: toResolverError(thrown).message });
    } finally {
      setPending(false);
    }
  };

  const day = () => new Date().toISOString().slice(0, 10);
  return {
    pending,
    printing,
    download: run('The narrative could not be exported', async () => {
      const text = narrativeMarkdown(await stories(), subtitle);
      downloadText(text, `value-narrative-${day()}.md`, 'text/markdown;charset=utf-8');
    }),
    copy: run('The narrative could not be copied', async () => {
      await copyText(narrativeMarkdown(await stories(), subtitle));
      flag('Narrative copied as Markdown');
    }),
    print: run('The narrative could not be printed', async () => {
      await stories();
      // Every market is drawn (from the cache just filled) before the dialog takes its picture.
      flushSync(() => setPrinting(true));
      try {
        window.print();
      } finally {
        setPrinting(false);
      }
    }),
  };
}
