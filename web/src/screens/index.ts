import { reportsScreen } from './reports/reports-screen.ts';
import type { Screen } from './screen.ts';

/** Every signed-in screen, in menu order; the first available one is the landing screen. */
export const SCREENS: readonly Screen[] = [reportsScreen];
