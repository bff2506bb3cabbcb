import { SessionEnded, type ApiClient } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { field } from '../../core/fields.ts';
import { lineProblemsTable } from '../../core/line-problems.ts';
import { formatNumber } from '../../core/format.ts';
import { backLink, busy, notice, reasonOf, show } from '../../core/ui.ts';
import type { ScreenContext } from '../screen.ts';
import { lineProblems, REPORT_CSV_HEADER, REPORT_CSV_MAX_BYTES, type CsvLineProblem, type CsvUploadOutcome } from './csv-upload-model.ts';

function uploadReports(api: ApiClient, text: string): Promise<CsvUploadOutcome> {
  return api.upload<CsvUploadOutcome>('/api/reports/import', text, 'text/csv');
}

/**
 * "Unggah laporan dari CSV" (`#/laporan/unggah`): a month's activities from a spreadsheet in one upload. The server
 * checks the whole file first; one bad line stores nothing, and every bad line is listed with its column.
 */
export function mountCsvUpload(main: HTMLElement, { api }: ScreenContext): void {
  const file = field('report-csv', {
    name: 'file',
    label: 'Berkas CSV kegiatan',
    required: true,
    hint: 'Simpan lembar kerja sebagai CSV (koma atau titik koma, UTF-8), paling besar 256 KB dan 100 baris.',
    control: h('input', { type: 'file', accept: '.csv,text/csv' }),
  });
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Unggah laporan');
  const result = h('div', { class: 'import-result' });
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'csv-form-title' },
    h('h2', { id: 'csv-form-title' }, 'Unggah berkas'),
    file.wrapper,
    alert,
    h('div', { class: 'form-actions' }, submit),
  );
  main.replaceChildren(
    backLink('#/laporan', 'Laporan kegiatan'),
    h('h1', { class: 'page-title' }, 'Unggah laporan dari CSV'),
    h('p', { class: 'lead' }, 'Satu baris untuk satu kegiatan. Seluruh berkas diperiksa dahulu: bila ada satu baris bermasalah, tidak ada laporan yang disimpan. Mengunggah berkas yang sama dua kali tidak menggandakan laporan.'),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'csv-format-title' },
      h('h2', { id: 'csv-format-title' }, 'Susunan berkas'),
      h(
        'ul',
        { class: 'csv-columns' },
        h('li', {}, h('code', {}, 'tanggal'), ' (wajib): 2026-11-30 atau 30/11/2026, tidak boleh hari yang belum terjadi.'),
        h('li', {}, h('code', {}, 'kegiatan'), ' (wajib): uraian kegiatan.'),
        h('li', {}, h('code', {}, 'indikator'), ', ', h('code', {}, 'realisasi'), ', ', h('code', {}, 'satuan'), ': kode indikator SKP yang disetujui, angka (koma desimal boleh) dan satuannya.'),
        h('li', {}, h('code', {}, 'bukti'), ': tautan https:// ke bukti dukung.'),
      ),
      h('p', {}, 'Contoh:'),
      h('pre', { class: 'csv-sample', tabindex: 0, 'aria-label': 'Contoh isi berkas CSV' }, `${REPORT_CSV_HEADER}\n30/11/2026,Verifikasi laporan surveilans mingguan,iki-1,2,laporan,https://drive.example.id/bukti-1\n30/11/2026,Rapat koordinasi lintas program,,,,`),
    ),
    form,
    result,
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void busy(submit, 'Mengunggah…', async () => {
      show(alert);
      file.setError(undefined);
      const chosen = (file.control as HTMLInputElement).files?.[0];
      if (!chosen) return refuseFile('Pilih berkas CSV terlebih dahulu.');
      if (chosen.size > REPORT_CSV_MAX_BYTES) {
        return refuseFile(`Berkas ${formatNumber(Math.ceil(chosen.size / 1024))} KB; paling besar 256 KB. Bagi menjadi beberapa berkas.`);
      }
      try {
        const outcome = await uploadReports(api, await chosen.text());
        show(result, outcomeCard(chosen.name, outcome));
        announce(outcome.alreadyUploaded ? 'Berkas ini sudah pernah diunggah.' : `${formatNumber(outcome.created)} laporan tersimpan.`);
      } catch (error) {
        if (error instanceof SessionEnded) return;
        const problems = lineProblems(error);
        show(result, problems.length > 0 ? problemsCard(chosen.name, problems) : null);
        show(alert, notice('error', `Berkas tidak disimpan: ${reasonOf(error)}`));
      }
      result.querySelector<HTMLElement>('h2')?.focus();
    });
  });

  function refuseFile(message: string): void {
    file.setError(message);
    file.control.focus();
  }
}

function outcomeCard(fileName: string, outcome: CsvUploadOutcome): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'csv-result-title' },
    h('h2', { id: 'csv-result-title', tabindex: -1 }, `Hasil unggah ${fileName}`),
    outcome.alreadyUploaded
      ? notice('info', 'Berkas ini sudah pernah diunggah; tidak ada laporan baru yang disimpan.')
      : notice('success', `${formatNumber(outcome.created)} laporan tersimpan dan menunggu verifikasi atasan.`),
    h('p', {}, h('a', { href: '#/laporan' }, 'Lihat di Laporan saya')),
  );
}

function problemsCard(fileName: string, problems: readonly CsvLineProblem[]): HTMLElement {
  return h(
    'section',
    { class: 'card import-errors', 'aria-labelledby': 'csv-result-title' },
    h('h2', { id: 'csv-result-title', tabindex: -1 }, `Masalah pada ${fileName} (${formatNumber(problems.length)})`),
    h('p', {}, 'Perbaiki baris berikut di lembar kerja, simpan lagi sebagai CSV, lalu unggah ulang seluruh berkas.'),
    lineProblemsTable(problems, 'csv-result-title'),
  );
}
