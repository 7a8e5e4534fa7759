import { mountSurface } from '../../shared';
import { GadgetApp } from './GadgetApp';

mountSurface(<GadgetApp />);
