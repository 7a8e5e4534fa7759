import { mountSurface } from '../../shared';
import { AdminPage } from './AdminPage';

mountSurface(<AdminPage />);
