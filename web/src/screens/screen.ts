import type { ApiClient } from '../core/api.ts';
import type { Session } from '../core/session.ts';
import type { Me } from '../core/types.ts';

export interface ScreenContext {
  readonly api: ApiClient;
  readonly me: Me;
  readonly session: Session;
  /** The address below the screen's own path, split: `#/tim/2026-11/1988…` on `/tim` → `['2026-11', '1988…']`. */
  readonly route: readonly string[];
}

/** What `mount` hands back: a cleanup (listeners on window, timers) run when the screen is left. */
export type Cleanup = (() => void) | void;

/**
 * One screen of the signed-in app, reached at `#<path>` (and `#<path>/…` for its inner pages). To add one, write a
 * module exporting a Screen and list it in screens/index.ts; the menu shows it to whoever `isAvailable` allows.
 */
export interface Screen {
  readonly path: string;
  /** Menu label and document title. */
  readonly title: string;
  isAvailable(me: Me): boolean;
  /** Whether the menu lists it (default: whenever available). A screen may be reachable by address, as from an email, without a menu entry. */
  isListed?(me: Me): boolean;
  /** Renders into `main`. A screen that loads its code on demand resolves once its heading is on the page. */
  mount(main: HTMLElement, context: ScreenContext): Cleanup | Promise<Cleanup>;
}
