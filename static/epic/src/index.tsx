import { mountSurface } from '../../shared';
import { EpicPanelPage } from './EpicPanelPage';

mountSurface(<EpicPanelPage />);
