import type { ApiClient } from '../core/api.ts';
import type { Session } from '../core/session.ts';
import type { Me } from '../core/types.ts';

export interface ScreenContext {
  readonly api: ApiClient;
  readonly me: Me;
  readonly session: Session;
}

/**
 * One screen of the signed-in app, reached at `#<path>`. To add one (team, verification, SKP, results…),
 * write a module exporting a Screen and list it in screens/index.ts; the menu shows it to whoever `isAvailable` allows.
 */
export interface Screen {
  readonly path: string;
  /** Menu label and document title. */
  readonly title: string;
  isAvailable(me: Me): boolean;
  /** Renders into `main`; returns a cleanup (listeners on window, timers) run when the screen is left. */
  mount(main: HTMLElement, context: ScreenContext): (() => void) | void;
}
