import { focusHeading, h } from '../core/dom.ts';
import type { Me } from '../core/types.ts';
import type { Cleanup, Screen, ScreenContext } from './screen.ts';

export type ScreenBody = (main: HTMLElement, context: ScreenContext) => Cleanup | Promise<Cleanup>;

/**
 * A screen whose code is fetched the first time someone opens it (an esbuild chunk), so an employee's
 * first load carries none of the supervisor's or admin's screens.
 */
export function lazyScreen(spec: {
  readonly path: string;
  readonly title: string;
  readonly isAvailable: (me: Me) => boolean;
  readonly isListed?: (me: Me) => boolean;
  readonly load: () => Promise<ScreenBody>;
}): Screen {
  return { path: spec.path, title: spec.title, isAvailable: spec.isAvailable, ...(spec.isListed ? { isListed: spec.isListed } : {}), mount: lazyBody(spec.title, spec.load) };
}

/**
 * A page whose code is fetched when first shown (a whole screen, or an inner page of an eager one). If the chunk
 * is gone (a new version was deployed since the page loaded), the person is asked to reload rather than shown a blank page.
 */
export function lazyBody(title: string, load: () => Promise<ScreenBody>): ScreenBody {
  return async (main, context) => {
    main.replaceChildren(h('p', { class: 'loading', role: 'status' }, `Memuat ${title}…`));
    let body: ScreenBody;
    try {
      body = await load();
    } catch {
      const card = h(
        'section',
        { class: 'card', 'aria-labelledby': 'load-error-title' },
        h('h1', { id: 'load-error-title' }, `${title} tidak dapat dibuka`),
        h('p', { class: 'notice error', role: 'alert' }, 'Bagian aplikasi ini gagal dimuat: koneksi terputus atau aplikasi baru saja diperbarui.'),
        h('button', { type: 'button', class: 'button primary', onclick: () => location.reload() }, 'Muat ulang halaman'),
      );
      main.replaceChildren(card);
      focusHeading(card);
      return;
    }
    return body(main, context);
  };
}
