import type { AdminView, Settings, Viewer } from '../../contract';
import type { Directory } from '../../domain';

/** The Settings page: the settings and how much the market layer holds, from the read model's directory. */
export function buildAdminView(settings: Settings, directory: Directory, viewer: Viewer): AdminView {
  return { viewer, settings, counts: directory.counts };
}
