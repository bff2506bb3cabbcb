import { SessionEnded, type ApiClient } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { downloadFile } from '../../core/download.ts';
import { field } from '../../core/fields.ts';
import type { Me } from '../../core/types.ts';
import { busy, notice, reasonOf, show } from '../../core/ui.ts';
import { EXPORTS, setOrgPredikat } from './unit-results-api.ts';
import { canExportTpp, exportFileName, ORG_PREDIKAT_LABELS, ORG_PREDIKATS, type OrgPredikat, type UnitReport } from './unit-results-model.ts';

type ExportKind = keyof typeof EXPORTS;

const EXPORT_BUTTONS: readonly { kind: ExportKind; label: string; what: string }[] = [
  { kind: 'hasil', label: 'Unduh hasil (CSV)', what: 'Hasil per pegawai dengan keputusan, TPP dan status pemberitahuan.' },
  { kind: 'tpp', label: 'Unduh input TPP (CSV)', what: 'Masukan TPP untuk penggajian: predikat, faktor insentif dan rincian jumlah.' },
  { kind: 'ekinerja-bkn', label: 'Unduh data e-Kinerja BKN (CSV)', what: 'Indikator SKP tiap pegawai dengan target, realisasi dan capaian untuk e-Kinerja BKN.' },
];

/**
 * The unit's files for spreadsheets, payroll and BKN, fetched with the signed-in person's token and saved by the
 * browser; a refusal (a period not yet closed, say) is shown in the server's words beside the buttons.
 */
export function downloadsCard(api: ApiClient, me: Me, unitId: string, periodId: string): HTMLElement {
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  const items = EXPORT_BUTTONS.filter((item) => item.kind !== 'tpp' || canExportTpp(me)).map(({ kind, label, what }) => {
    const hintId = `download-${kind}-hint`;
    const button = h('button', { type: 'button', class: 'button secondary', 'aria-describedby': hintId, 'data-export': kind }, label);
    button.addEventListener('click', () =>
      void busy(button, 'Mengunduh…', async () => {
        show(alert);
        try {
          const name = await downloadFile(api, EXPORTS[kind](unitId, periodId), exportFileName(kind, unitId, periodId));
          announce(`Berkas ${name} diunduh.`);
        } catch (error) {
          if (!(error instanceof SessionEnded)) show(alert, notice('error', `Berkas tidak dapat diunduh. ${reasonOf(error)}`));
        }
      }),
    );
    return h('li', {}, button, h('p', { class: 'hint', id: hintId }, what));
  });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'downloads-title' },
    h('h2', { id: 'downloads-title' }, 'Unduh berkas'),
    h('p', { class: 'sub' }, 'Berkas CSV (pemisah titik koma) untuk Excel, penggajian dan e-Kinerja BKN; tersedia setelah periode ditutup.'),
    h('ul', { class: 'download-list' }, ...items),
    alert,
  );
}

/**
 * BKPSDM records the unit's Predikat Kinerja Organisasi, the reference the distribution curve checks the spread
 * against. `saved` runs once the server has stored it (the screen reads the report again).
 */
export function orgPredikatCard(api: ApiClient, report: UnitReport, saved: (label: string) => void): HTMLElement {
  const current = report.unit.orgPredikat;
  const choice = field('org-predikat', {
    name: 'orgPredikat',
    label: 'Predikat Kinerja Organisasi',
    hint: 'Ditetapkan untuk unit kerja; penutupan periode berikutnya memeriksa sebaran predikat pegawai terhadap kurva predikat ini.',
    required: true,
    control: h(
      'select',
      {},
      h('option', { value: '', selected: !current }, 'Pilih predikat…'),
      ...ORG_PREDIKATS.map((value) => h('option', { value, selected: value === current }, ORG_PREDIKAT_LABELS[value])),
    ),
  });
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  const save = h('button', { type: 'submit', class: 'button primary' }, 'Simpan predikat');
  const form = h('form', { class: 'org-predikat-form', novalidate: true }, choice.wrapper, alert, h('div', { class: 'form-actions' }, save));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show(alert);
    const value = choice.control.value as OrgPredikat | '';
    choice.setError(value ? undefined : 'Pilih Predikat Kinerja Organisasi.');
    if (!value) return choice.control.focus();
    void busy(save, 'Menyimpan…', async () => {
      try {
        await setOrgPredikat(api, report.unit.unitId, value);
      } catch (error) {
        if (!(error instanceof SessionEnded)) show(alert, notice('error', `Predikat tidak disimpan. ${reasonOf(error)}`));
        return;
      }
      saved(ORG_PREDIKAT_LABELS[value]);
    });
  });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'org-predikat-title' },
    h('h2', { id: 'org-predikat-title' }, 'Predikat Kinerja Organisasi'),
    h('p', { class: 'sub' }, `Saat ini: ${current ? ORG_PREDIKAT_LABELS[current] : 'belum ditetapkan'}.`),
    form,
  );
}
