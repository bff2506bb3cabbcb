import { SessionEnded } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { field } from '../../core/fields.ts';
import { lineProblemsTable } from '../../core/line-problems.ts';
import { formatNumber } from '../../core/format.ts';
import type { ImportReport } from '../../core/types.ts';
import { busy, fact, notice, reasonOf, show } from '../../core/ui.ts';
import type { ScreenContext } from '../screen.ts';
import { importEmployees } from './admin-api.ts';

/** The columns BKPSDM's file carries (shared/domain/employee-csv.ts reads them; repeated here as help text only). */
const COLUMNS = 'nip, nama, email, jabatan, golongan, unit_id, unit_nama, nip_atasan';
const MAX_BYTES = 5 * 1024 * 1024;

/** "Impor pegawai": upload the employee CSV; see what was created, updated, left alone, and every refused line. */
export function mountImport(main: HTMLElement, { api }: ScreenContext): void {
  const file = field('import', {
    name: 'file',
    label: 'Berkas CSV pegawai',
    required: true,
    hint: `Baris pertama berisi judul kolom: ${COLUMNS}. Pemisah koma atau titik koma, UTF-8, paling besar 5 MB. Mengimpor berkas yang sama dua kali tidak mengubah apa pun.`,
    control: h('input', { type: 'file', accept: '.csv,text/csv' }),
  });
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Unggah dan impor');
  const result = h('div', { class: 'import-result' });
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'import-title' },
    h('h2', { id: 'import-title' }, 'Unggah berkas'),
    file.wrapper,
    alert,
    h('div', { class: 'form-actions' }, submit),
  );
  main.replaceChildren(
    h('h1', { class: 'page-title' }, 'Impor pegawai'),
    h('p', { class: 'lead' }, 'Perbarui data unit kerja dan pegawai dari berkas BKPSDM. Baris yang bermasalah ditolak satu per satu; baris lainnya tetap disimpan.'),
    form,
    result,
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void busy(submit, 'Mengimpor…', async () => {
      show(alert);
      file.setError(undefined);
      const chosen = (file.control as HTMLInputElement).files?.[0];
      if (!chosen) {
        file.setError('Pilih berkas CSV terlebih dahulu.');
        file.control.focus();
        return;
      }
      if (chosen.size > MAX_BYTES) {
        file.setError(`Berkas ${formatNumber(Math.ceil(chosen.size / 1024))} KB; paling besar 5 MB. Bagi berkas per OPD.`);
        file.control.focus();
        return;
      }
      try {
        const report = await importEmployees(api, await chosen.text());
        show(result, reportCard(chosen.name, report));
        const text = `Impor selesai: ${formatNumber(report.created)} baru, ${formatNumber(report.updated)} diperbarui, ${formatNumber(report.rejected)} ditolak.`;
        announce(text);
        result.querySelector<HTMLElement>('h2')?.focus();
      } catch (error) {
        if (error instanceof SessionEnded) return;
        show(alert, notice('error', `Berkas tidak diimpor: ${reasonOf(error)}`));
      }
    });
  });
}

function reportCard(fileName: string, report: ImportReport): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'import-result-title' },
    h('h2', { id: 'import-result-title', tabindex: -1 }, `Hasil impor ${fileName}`),
    notice(
      report.rejected > 0 ? 'error' : 'success',
      report.rejected > 0 ? `${formatNumber(report.rejected)} baris ditolak; perbaiki baris tersebut lalu unggah lagi. Baris lain sudah tersimpan.` : 'Semua baris diterima.',
    ),
    h('h3', {}, 'Pegawai'),
    h(
      'dl',
      { class: 'facts counts' },
      fact('Baru', formatNumber(report.created)),
      fact('Diperbarui', formatNumber(report.updated)),
      fact('Tidak berubah', formatNumber(report.unchanged)),
      fact('Ditolak', formatNumber(report.rejected)),
    ),
    h('h3', {}, 'Unit kerja'),
    h(
      'dl',
      { class: 'facts counts' },
      fact('Baru', formatNumber(report.units.created)),
      fact('Diperbarui', formatNumber(report.units.updated)),
      fact('Tidak berubah', formatNumber(report.units.unchanged)),
    ),
    report.ignoredColumns.length > 0 ? notice('info', `Kolom yang tidak dibaca: ${report.ignoredColumns.join(', ')}.`) : null,
    report.errors.length === 0
      ? null
      : h(
          'div',
          { class: 'import-errors' },
          h('h3', { id: 'import-errors-title' }, `Masalah per baris (${formatNumber(report.errors.length)})`),
          lineProblemsTable(report.errors, 'import-errors-title'),
        ),
  );
}
