import { mountSurface } from '../../shared';
import { PortfolioApp } from './PortfolioApp';

mountSurface(<PortfolioApp />);
