import { mountSurface } from '../../shared';
import { ServesLine } from './ServesLine';

mountSurface(<ServesLine />);
