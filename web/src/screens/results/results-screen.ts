import { SessionEnded } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { formatDate, formatInstant, formatNumber, periodName } from '../../core/format.ts';
import { PREDIKAT_LABELS, ratingLabel } from '../../core/labels.ts';
import type { Decision, Result } from '../../core/types.ts';
import { errorNotice, fact, show } from '../../core/ui.ts';
import type { ScreenContext } from '../screen.ts';
import { appealPanel } from './appeal-panel.ts';

/** "Hasil saya": each closed period's predikat, ratings, score, feedback, what follows from it, and the keberatan. */
export function mountResults(main: HTMLElement, { api }: ScreenContext): void {
  const list = h('ol', { class: 'result-list', 'aria-label': 'Hasil per periode' });
  const message = h('div', { class: 'list-message' });
  main.replaceChildren(
    h('h1', { class: 'page-title' }, 'Hasil saya'),
    h('p', { class: 'lead' }, 'Hasil penilaian kinerja Anda per periode, terbaru di atas. Hasil muncul setelah periode ditutup.'),
    message,
    list,
  );
  const load = async () => {
    show(message, h('p', { class: 'loading', role: 'status' }, 'Memuat hasil…'));
    try {
      const { items } = await api.get<{ items: OwnResult[] }>('/api/results');
      show(message, items.length === 0 ? h('p', { class: 'notice info' }, 'Belum ada hasil penilaian. Hasil muncul di sini setelah periode penilaian ditutup.') : null);
      list.replaceChildren(...items.map((result) => resultCard(result, result.predikat ? appealPanel(api, result.nip, result) : null)));
    } catch (error) {
      if (error instanceof SessionEnded) return;
      show(message, errorNotice('Hasil penilaian tidak dapat dimuat.', error, () => void load()));
    }
  };
  void load();
}

/** A piagam on `GET /api/results`: its verification code, and when it was withdrawn if it was. */
interface OwnCertificate {
  readonly kind: 'PENGHARGAAN' | 'TERBAIK';
  readonly certificateId: string;
  readonly issuedOn: string;
  readonly revokedOn?: string;
}

type OwnResult = Result & { readonly certificates?: readonly OwnCertificate[] };

const CERTIFICATE_TITLES: Readonly<Record<OwnCertificate['kind'], string>> = {
  PENGHARGAAN: 'Piagam Penghargaan Predikat Kinerja Sangat Baik',
  TERBAIK: 'Piagam Pegawai Berkinerja Terbaik',
};

/**
 * The piagams the result's awards earned, each with its code and a link to the public verification the QR code on it
 * points to; an award whose piagam is not issued yet says so (the notify consumer issues and emails it).
 */
function certificatesPart(result: OwnResult): HTMLElement[] {
  const awards = result.decisions.filter((d) => d.kind === 'PENGHARGAAN' || d.kind === 'TERBAIK');
  if (awards.length === 0) return [];
  const certificates = result.certificates ?? [];
  return [
    h('h3', {}, 'Piagam'),
    certificates.length === 0
      ? h('p', { class: 'sub' }, 'Piagam sedang diterbitkan dan dikirim lewat email; kodenya muncul di sini setelah terbit.')
      : h(
          'ul',
          { class: 'certificate-list' },
          ...certificates.map((c) =>
            h(
              'li',
              { 'data-certificate': c.certificateId },
              h('strong', {}, CERTIFICATE_TITLES[c.kind]),
              h('span', { class: 'sub' }, `Kode verifikasi ${c.certificateId} · terbit ${formatDate(c.issuedOn)}${c.revokedOn ? ` · dicabut ${formatDate(c.revokedOn)}, tidak berlaku lagi` : ''}`),
              h('a', { href: `verifikasi.html?kode=${encodeURIComponent(c.certificateId)}`, 'aria-label': `Periksa keaslian ${CERTIFICATE_TITLES[c.kind]}, kode ${c.certificateId}` }, 'Periksa keaslian'),
            ),
          ),
        ),
  ];
}

function resultCard(result: OwnResult, appeal: HTMLElement | null): HTMLElement {
  const titleId = `result-${result.periodId}`;
  const predikat = result.predikat;
  return h(
    'li',
    { class: 'card result-card', 'data-period': result.periodId },
    h(
      'div',
      { class: 'result-head' },
      h('h2', { id: titleId }, periodName(result.periodId)),
      h(
        'p',
        { class: `predikat-badge ${predikat ? `predikat-${predikat.toLowerCase().replace(/_/g, '-')}` : 'predikat-none'}` },
        h('span', { class: 'visually-hidden' }, 'Predikat: '),
        predikat ? PREDIKAT_LABELS[predikat] : 'Belum dinilai',
      ),
    ),
    h(
      'dl',
      { class: 'facts' },
      fact('Hasil Kerja', ratingLabel(result.hasilKerja)),
      fact('Perilaku Kerja', ratingLabel(result.perilaku)),
      fact('Nilai angka', result.score === undefined ? '—' : formatNumber(result.score)),
      fact('Faktor insentif', `${formatNumber(result.incentiveFactor)}×`),
    ),
    result.feedback ? h('div', { class: 'feedback' }, h('h3', {}, 'Umpan balik atasan'), h('p', {}, result.feedback)) : null,
    h('h3', {}, 'Tindak lanjut'),
    h('ul', { class: 'decision-list' }, ...result.decisions.map(decisionItem)),
    ...certificatesPart(result),
    h('p', { class: 'sub' }, `Dihitung ${formatInstant(result.scoredAt)}${result.revision > 1 ? ` · revisi ${formatNumber(result.revision)} setelah keberatan` : ''}`),
    appeal,
  );
}

function decisionItem(decision: Decision): HTMLElement {
  switch (decision.kind) {
    case 'PENGHARGAAN':
      return h('li', { class: 'decision decision-award' }, h('strong', {}, 'Penghargaan'), ` — piagam penghargaan dan faktor insentif ${formatNumber(decision.incentiveFactor)}×.`);
    case 'TERBAIK':
      return h('li', { class: 'decision decision-award' }, h('strong', {}, 'Pegawai Berkinerja Terbaik'), ` — peringkat ${formatNumber(decision.rankInUnit)} di unit kerja, dengan piagam.`);
    case 'PEMBINAAN':
      return h(
        'li',
        { class: 'decision decision-pembinaan' },
        h('strong', {}, 'Pembinaan'),
        ` — pertemuan dengan atasan paling lambat ${formatDate(decision.meetingBy)}. Pelatihan yang disarankan: ${decision.recommendedTraining}.`,
      );
    case 'REKOMENDASI_SANKSI':
      return h('li', { class: 'decision decision-sanksi' }, h('strong', {}, 'Rekomendasi kepada BKPSDM'), ` — ${decision.note}`);
    case 'BELUM_DINILAI':
      return h('li', { class: 'decision decision-none' }, h('strong', {}, 'Belum dinilai'), ' — atasan belum memfinalkan penilaian Anda untuk periode ini. Hubungi atasan langsung atau BKPSDM.');
  }
}
