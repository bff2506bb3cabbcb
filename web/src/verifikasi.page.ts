import type { PublicCertificate } from '../../shared/notify/certificate.ts';
import { ApiError } from './core/api.ts';
import { h } from './core/dom.ts';
import { formatDate } from './core/format.ts';
import { errorNotice, fact } from './core/ui.ts';
import { publicApi } from './public/public-api.ts';

/**
 * The public piagam verification page, what the QR code on a piagam and the links in "Hasil saya" and the award email
 * open: `verifikasi.html?kode=<code>`. It asks GET /api/public/certificates/{id} (no sign-in) and says in words whether
 * the piagam is genuine and still valid or was revoked, with the public facts the route gives (no NIP, no scores).
 * A code can also be typed by hand; the server normalises it (case, I/L/O look-alikes), so the page does not.
 */
const slot = {
  result: document.getElementById('hasil') as HTMLElement,
  form: document.getElementById('cari') as HTMLFormElement,
  code: document.getElementById('kode') as HTMLInputElement,
  codeError: document.getElementById('kode-error') as HTMLElement,
  status: document.getElementById('status') as HTMLElement,
};
const CODE_HINT = 'kode-hint';

let latest = 0;

function setCodeError(message: string | undefined): void {
  slot.codeError.textContent = message ?? '';
  slot.codeError.hidden = !message;
  slot.code.closest('.field')?.classList.toggle('invalid', Boolean(message));
  if (message) {
    slot.code.setAttribute('aria-invalid', 'true');
    slot.code.setAttribute('aria-describedby', `${slot.codeError.id} ${CODE_HINT}`);
  } else {
    slot.code.removeAttribute('aria-invalid');
    slot.code.setAttribute('aria-describedby', CODE_HINT);
  }
}

function showResult(...content: Node[]): void {
  slot.result.hidden = false;
  slot.result.replaceChildren(...content);
}

function verdict(certificate: PublicCertificate): Node[] {
  const facts = h(
    'dl',
    { class: 'facts' },
    fact('Piagam', certificate.title),
    fact('Diberikan kepada', certificate.name),
    fact('Unit kerja', certificate.unitName),
    fact('Periode penilaian', certificate.periodName),
    fact('Tanggal terbit (WITA)', formatDate(certificate.issuedOn)),
    ...(certificate.revokedOn ? [fact('Tanggal dicabut (WITA)', formatDate(certificate.revokedOn))] : []),
    fact('Kode verifikasi', certificate.certificateId),
  );
  if (certificate.valid) {
    return [
      h('h2', { id: 'hasil-judul', tabindex: -1 }, 'Piagam asli dan masih berlaku'),
      h('p', { class: 'notice success' }, `Piagam dengan kode ${certificate.certificateId} asli: diterbitkan melalui e-Kinerja BKPSDM Kota Kendari dan masih berlaku.`),
      facts,
    ];
  }
  return [
    h('h2', { id: 'hasil-judul', tabindex: -1 }, 'Piagam asli, tetapi sudah dicabut'),
    h(
      'div',
      { class: 'notice error' },
      h('p', {}, `Piagam dengan kode ${certificate.certificateId} pernah diterbitkan melalui e-Kinerja, tetapi sudah dicabut dan tidak berlaku lagi.`),
      certificate.message ? h('p', {}, certificate.message) : null,
    ),
    facts,
  ];
}

async function check(code: string): Promise<void> {
  const mine = ++latest;
  setCodeError(undefined);
  slot.code.value = code;
  showResult(h('h2', { id: 'hasil-judul' }, 'Memeriksa kode…'), h('p', { class: 'loading' }, `Memeriksa kode ${code}…`));
  slot.result.setAttribute('aria-busy', 'true');
  try {
    const certificate = await publicApi.get<PublicCertificate>(`/api/public/certificates/${encodeURIComponent(code)}`);
    if (mine !== latest) return;
    showResult(...verdict(certificate));
    slot.status.textContent = certificate.valid ? 'Piagam asli dan masih berlaku.' : 'Piagam sudah dicabut dan tidak berlaku lagi.';
  } catch (error) {
    if (mine !== latest) return;
    if (error instanceof ApiError && error.status === 404) {
      showResult(
        h('h2', { id: 'hasil-judul', tabindex: -1 }, 'Kode tidak terdaftar'),
        h('div', { class: 'notice error' }, h('p', {}, `Kode ${code} tidak terdaftar di e-Kinerja.`), h('p', {}, error.message)),
      );
      slot.status.textContent = `Kode ${code} tidak terdaftar.`;
    } else if (error instanceof ApiError && error.status === 400) {
      // A code that cannot be one (wrong length, other characters): said next to the field, where it is corrected.
      slot.result.hidden = true;
      setCodeError(error.fields[0]?.message ?? error.message);
      slot.code.focus();
      return;
    } else {
      showResult(h('h2', { id: 'hasil-judul', tabindex: -1 }, 'Pemeriksaan gagal'), errorNotice('Kode belum dapat diperiksa.', error, () => void check(code)));
    }
  } finally {
    if (mine === latest) slot.result.removeAttribute('aria-busy');
  }
  slot.result.querySelector<HTMLElement>('h2')?.focus();
}

function fromAddress(): void {
  const code = new URLSearchParams(location.search).get('kode')?.trim() ?? '';
  if (code) void check(code);
  else {
    latest += 1;
    slot.result.hidden = true;
  }
}

slot.form.addEventListener('submit', (event) => {
  event.preventDefault();
  const code = slot.code.value.trim();
  if (!code) {
    setCodeError('Tulis kode verifikasi yang tercetak pada piagam.');
    slot.code.focus();
    return;
  }
  // The address carries the code, so the answer can be shared and Back returns to the previous one.
  history.pushState(null, '', `${location.pathname}?kode=${encodeURIComponent(code)}`);
  void check(code);
});
addEventListener('popstate', fromAddress);
fromAddress();
