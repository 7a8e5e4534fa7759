import { mountSurface } from '../../shared';
import { MarketContextPage } from './MarketContextPage';

mountSurface(<MarketContextPage />);
