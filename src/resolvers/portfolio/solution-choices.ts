import type { SolutionChoice } from '../../contract';
import { isLiveSolution, type LayerWeights } from '../../domain';
import type { ViewerAccess } from '../access';
import { namedProducts, rankedBriefs, type ReadModel } from './read-model-view';

/**
 * What a person choosing a solution to link to needs to choose by (the project page's link modal):
 * each live solution in ranking order with its markets, the priorities it addresses and the other
 * products delivering it, by product name. From the read model the landing reads; a product the
 * viewer may not browse is counted, never named.
 */
export function solutionChoices(
  model: ReadModel,
  weights: LayerWeights,
  access: ViewerAccess,
  projectId: string | undefined,
): SolutionChoice[] {
  const marketName = new Map(model.markets.map((m) => [m.id, m.name]));
  const priorityById = new Map(model.priorities.map((p) => [p.id, p]));
  const rowById = new Map(model.solutions.map((s) => [s.id, s]));
  const products = new Map(
    namedProducts(
      model,
      model.products.map((p) => p.projectId),
      access,
    ).map((p) => [p.projectId, p]),
  );
  const choices: SolutionChoice[] = [];
  for (const brief of rankedBriefs(model, weights)) {
    const row = rowById.get(brief.id)!;
    if (!isLiveSolution(row)) continue;
    const priorities = row.priorityIds.flatMap((id) => priorityById.get(id) ?? []);
    const partners = row.cells.map((c) => c.projectId).filter((id) => id !== projectId);
    const named = partners.flatMap((id) => {
      const product = products.get(id);
      return product?.browsable ? [product.displayName || product.projectName || product.projectKey] : [];
    });
    choices.push({
      id: row.id,
      name: row.name,
      status: row.status,
      markets: [...new Set(priorities.flatMap((p) => marketName.get(p.marketId) ?? []))],
      priorities: priorities.map((p) => p.title),
      partners: named.sort((a, b) => a.localeCompare(b)),
      hiddenPartners: partners.length - named.length,
    });
  }
  return choices;
}
