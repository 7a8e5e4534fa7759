import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';
import { FrameLandmark, LoadingState } from '../../shared';
import { BalanceGadget } from './BalanceGadget';
import { GadgetEdit } from './GadgetEdit';
import { GADGET_TITLES, parseGadgetContext, type GadgetContext, type GadgetKey } from './gadgetContext';
import { InvestmentGadget } from './InvestmentGadget';
import { ReadinessGadget } from './ReadinessGadget';
import type { Scope } from './scope';
import { useMarketNames } from './useMarketNames';

/** One resource for the three gadgets: the module key picks the gadget, the entry point the mode. */
export function GadgetApp() {
  const [context, setContext] = useState<GadgetContext | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    view.getContext().then(
      (raw) => setContext(parseGadgetContext(raw)),
      (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
    );
  }, []);
  const title = context ? GADGET_TITLES[context.gadget] : 'Market layer';
  return (
    <FrameLandmark title={title}>
      {failure ? (
        <p role="alert">This gadget could not start: {failure}</p>
      ) : !context ? (
        <LoadingState label="Loading gadget…" />
      ) : (
        <GadgetMode context={context} />
      )}
    </FrameLandmark>
  );
}

function GadgetMode({ context }: { context: GadgetContext }) {
  if (context.editing) return <GadgetEdit context={context} />;
  const { marketId } = context.config;
  // The investment gadget names its markets itself; the others need the chosen market's name.
  if (marketId && context.gadget !== 'market-investment')
    return <NamedMarket gadget={context.gadget} marketId={marketId} />;
  return <Gadget gadget={context.gadget} scope={{ marketId }} />;
}

function NamedMarket({ gadget, marketId }: { gadget: GadgetKey; marketId: string }) {
  const markets = useMarketNames();
  if (markets.loading && markets.names.size === 0) return <LoadingState label="Loading gadget…" />;
  // A market deleted since the gadget was configured: say so instead of showing an empty list.
  return <Gadget gadget={gadget} scope={{ marketId, marketName: markets.names.get(marketId) ?? null }} />;
}

function Gadget({ gadget, scope }: { gadget: GadgetKey; scope: Scope }) {
  if (gadget === 'solution-readiness') return <ReadinessGadget scope={scope} />;
  if (gadget === 'product-balance') return <BalanceGadget scope={scope} />;
  return <InvestmentGadget scope={scope} />;
}
