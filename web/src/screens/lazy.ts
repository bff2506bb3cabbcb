import { focusHeading, h } from '../core/dom.ts';
import type { Me } from '../core/types.ts';
import type { Cleanup, Screen, ScreenContext } from './screen.ts';

export type ScreenBody = (main: HTMLElement, context: ScreenContext) => Cleanup | Promise<Cleanup>;

/**
 * A screen whose code is fetched the first time someone opens it (an esbuild chunk), so an employee's
 * first load carries none of the supervisor's or admin's screens. If the chunk is gone (a new version
 * was deployed since the page loaded), the person is asked to reload rather than shown a blank page.
 */
export function lazyScreen(spec: {
  readonly path: string;
  readonly title: string;
  readonly isAvailable: (me: Me) => boolean;
  readonly load: () => Promise<ScreenBody>;
}): Screen {
  return {
    path: spec.path,
    title: spec.title,
    isAvailable: spec.isAvailable,
    async mount(main, context) {
      main.replaceChildren(h('p', { class: 'loading', role: 'status' }, `Memuat ${spec.title}…`));
      let body: ScreenBody;
      try {
        body = await spec.load();
      } catch {
        const card = h(
          'section',
          { class: 'card', 'aria-labelledby': 'load-error-title' },
          h('h1', { id: 'load-error-title' }, `${spec.title} tidak dapat dibuka`),
          h('p', { class: 'notice error', role: 'alert' }, 'Bagian aplikasi ini gagal dimuat: koneksi terputus atau aplikasi baru saja diperbarui.'),
          h('button', { type: 'button', class: 'button primary', onclick: () => location.reload() }, 'Muat ulang halaman'),
        );
        main.replaceChildren(card);
        focusHeading(card);
        return;
      }
      const cleanup = await body(main, context);
      return cleanup;
    },
  };
}
