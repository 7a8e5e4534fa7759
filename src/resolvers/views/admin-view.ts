import type { AdminView, Settings, Viewer } from '../../contract';
import { countsOf, type ReadModel } from '../portfolio/read-model-view';

/** The Settings page: the settings and how much the market layer holds, from the read model. */
export function buildAdminView(settings: Settings, model: ReadModel, viewer: Viewer): AdminView {
  return {
    viewer,
    settings,
    counts: {
      ...countsOf(model),
      // Products the layer knows: a record or linked epics (projects with open epics only are not counted here).
      products: model.products.filter((p) => p.version !== null || p.linkedEpics > 0).length,
    },
  };
}
