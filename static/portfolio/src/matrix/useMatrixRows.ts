import { useCallback, useMemo, useRef, useState } from 'react';
import type { MatrixRowSummary, ProductSummary } from '../../../../src/contract';
import { invoke, toResolverError, type ResolverError } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';

/** Rows asked for at a time when scrolling past what is loaded. */
const MATRIX_PAGE = 100;

interface LoadedPage {
  rows: MatrixRowSummary[];
  generation: number;
}

export interface MatrixRows {
  /** Rows in the matrix (all solutions, or those the filtered product contributes to); null until known. */
  total: number | null;
  rowAt: (index: number) => MatrixRowSummary | undefined;
  /** Every row loaded so far, in order (the columns come from these). */
  loaded: MatrixRowSummary[];
  /** Products named by the summary and the pages loaded, for column names. */
  products: ReadonlyMap<string, ProductSummary>;
  /** Loads the pages covering rows [start, end) that are missing or older than the last reload. */
  ensure: (start: number, end: number) => void;
  error: ResolverError | null;
  retry: () => void;
}

/**
 * The matrix rows, paged (`portfolio.matrix`): without a filter the summary's first page is row 0
 * on, and pages of MATRIX_PAGE follow it; with a product filter every page is asked for. Pages are
 * loaded where the person scrolls, so row 400 costs one call, not four. After a reload the pages
 * still on screen are asked again; the others wait until scrolled to.
 */
export function useMatrixRows(projectId: string | null): MatrixRows {
  const { summary, generation } = usePortfolio();
  const base = projectId ? null : summary.matrix;
  const baseSize = base?.items.length ?? 0;
  const [pages, setPages] = useState<ReadonlyMap<number, LoadedPage>>(new Map());
  const [total, setTotal] = useState<number | null>(null);
  const [named, setNamed] = useState<ReadonlyMap<string, ProductSummary>>(new Map());
  const [error, setError] = useState<ResolverError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const pagesNow = useRef(pages);
  pagesNow.current = pages;
  // Both keyed by `${generation}:${offset}`: after a reload every page may be asked for again.
  const asking = useRef(new Set<string>());
  const failed = useRef(new Set<string>());

  const pageStart = useCallback(
    (index: number) =>
      base && index < baseSize ? 0 : baseSize + Math.floor((index - baseSize) / MATRIX_PAGE) * MATRIX_PAGE,
    [base, baseSize],
  );

  const load = useCallback(
    async (offset: number) => {
      const ask = `${generation}:${offset}`;
      asking.current.add(ask);
      try {
        const page = await invoke('portfolio.matrix', {
          offset,
          limit: MATRIX_PAGE,
          ...(projectId ? { projectId } : {}),
        });
        setPages((known) => new Map(known).set(offset, { rows: page.rows.items, generation }));
        setTotal(page.rows.total);
        setNamed((known) => new Map([...known, ...page.products.map((p) => [p.projectId, p] as const)]));
      } catch (thrown) {
        failed.current.add(ask);
        setError(toResolverError(thrown));
      } finally {
        asking.current.delete(ask);
      }
    },
    [generation, projectId],
  );

  const ensure = useCallback(
    (start: number, end: number) => {
      for (
        let offset = pageStart(start);
        offset < end;
        offset += offset < baseSize ? baseSize : MATRIX_PAGE
      ) {
        if (base && offset === 0 && baseSize > 0) continue;
        const page = pagesNow.current.get(offset);
        const ask = `${generation}:${offset}`;
        const fresh = page && page.generation === generation;
        if (fresh || failed.current.has(ask) || asking.current.has(ask)) continue;
        void load(offset);
      }
    },
    // `attempt` makes a retry hand out a new `ensure`, so the grid asks again.
    [base, baseSize, generation, load, pageStart, attempt],
  );

  const retry = useCallback(() => {
    failed.current.clear();
    setError(null);
    setAttempt((n) => n + 1);
  }, []);

  const rowAt = useCallback(
    (index: number) => {
      const start = pageStart(index);
      const rows = base && start === 0 ? base.items : pages.get(start)?.rows;
      return rows?.[index - start];
    },
    [base, pageStart, pages],
  );

  const loaded = useMemo(() => {
    const starts = [...pages.keys()].sort((a, b) => a - b);
    return [...(base?.items ?? []), ...starts.flatMap((start) => pages.get(start)!.rows)];
  }, [base, pages]);

  const products = useMemo(
    () => new Map([...summary.products.map((p) => [p.projectId, p] as const), ...named]),
    [summary.products, named],
  );

  return { total: base ? base.total : total, rowAt, loaded, products, ensure, error, retry };
}
