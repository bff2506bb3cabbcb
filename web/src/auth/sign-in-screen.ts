import { clear, focusHeading, h } from '../core/dom.ts';
import type { Session } from '../core/session.ts';
import { roleLabel } from '../core/types.ts';
import { startCognitoSignIn } from './cognito.ts';
import { signInAsDemo, type DemoIdentity } from './dev-identities.ts';
import { signInMethod } from './sign-in-method.ts';

export interface Notice {
  readonly text: string;
  readonly tone: 'info' | 'error';
}

export interface SignInOptions {
  readonly notice?: Notice;
  readonly onSignedIn: (session: Session) => void;
}

/** The screen shown to anyone not signed in; why they are here (signed out, session expired) is said first. */
export async function renderSignIn(main: HTMLElement, options: SignInOptions): Promise<void> {
  const message = h('div', { class: 'notice-slot' });
  const body = h('div', { class: 'sign-in-body', 'aria-busy': 'true' }, h('p', { class: 'muted' }, 'Memuat pilihan masuk…'));
  const card = h(
    'section',
    { class: 'card sign-in', 'aria-labelledby': 'sign-in-title' },
    h('h1', { id: 'sign-in-title' }, 'Masuk ke e-Kinerja'),
    h('p', { class: 'lead' }, 'Sistem pengelolaan kinerja Pegawai Negeri Sipil Pemerintah Kota Kendari.'),
    message,
    body,
  );
  clear(main);
  main.append(card);
  if (options.notice) showNotice(message, options.notice);
  focusHeading(card);

  const method = await signInMethod();
  body.removeAttribute('aria-busy');
  if (method.kind === 'dev') {
    body.replaceChildren(...demoList(method.identities, message, options.onSignedIn));
  } else if (method.kind === 'cognito') {
    const config = method.config;
    body.replaceChildren(
      h('p', {}, 'Gunakan akun e-Kinerja yang diberikan BKPSDM Kota Kendari.'),
      h('button', { type: 'button', class: 'button primary', onclick: () => void startCognitoSignIn(config) }, 'Masuk dengan akun BKPSDM'),
    );
  } else {
    body.replaceChildren(
      h('p', { class: 'notice error', role: 'alert' }, 'Layanan masuk belum dikonfigurasi. Hubungi admin BKPSDM Kota Kendari.'),
    );
  }
}

function demoList(identities: readonly DemoIdentity[], message: HTMLElement, onSignedIn: (session: Session) => void): Node[] {
  const list = h('ul', { class: 'identity-list', 'aria-labelledby': 'identity-heading' });
  const choose = async (identity: DemoIdentity) => {
    const buttons = [...list.querySelectorAll('button')];
    buttons.forEach((button) => (button.disabled = true));
    showNotice(message, { tone: 'info', text: `Masuk sebagai ${identity.name}…` });
    try {
      onSignedIn(await signInAsDemo(identity.nip));
    } catch (error) {
      buttons.forEach((button) => (button.disabled = false));
      showNotice(message, { tone: 'error', text: error instanceof Error ? error.message : 'Gagal masuk. Silakan coba lagi.' });
    }
  };
  for (const identity of identities) {
    list.append(
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'identity', 'data-nip': identity.nip, onclick: () => void choose(identity) },
          h('span', { class: 'visually-hidden' }, 'Masuk sebagai '),
          h('span', { class: 'identity-name' }, identity.name),
          h('span', { class: 'identity-jabatan' }, identity.jabatan),
          h('span', { class: 'identity-meta' }, h('span', { class: 'badge' }, roleLabel(identity.roles)), h('span', {}, `NIP ${identity.nip}`)),
        ),
      ),
    );
  }
  return [
    h('p', { class: 'notice info dev-note' }, 'Mode lokal: pilih salah satu pegawai contoh. Di server resmi, Anda masuk dengan akun BKPSDM.'),
    h('h2', { id: 'identity-heading', class: 'section-title' }, 'Pegawai contoh'),
    identities.length > 0 ? list : h('p', {}, 'Belum ada pegawai contoh. Jalankan ulang sistem lokal agar data contoh dibuat.'),
  ];
}

export function showNotice(slot: HTMLElement, notice: Notice): void {
  slot.replaceChildren(
    h('p', { class: `notice ${notice.tone}`, role: notice.tone === 'error' ? 'alert' : 'status' }, notice.text),
  );
}
