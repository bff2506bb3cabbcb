import { ApiError, SessionEnded } from '../../core/api.ts';
import { announce } from '../../core/announce.ts';
import { h } from '../../core/dom.ts';
import { errorNotice, notice, show } from '../../core/ui.ts';
import { unitPeriodPicker } from '../../core/unit-period-picker.ts';
import type { ScreenContext } from '../screen.ts';
import { reportCard } from './report-view.ts';
import { resultsCard } from './results-table.ts';
import { downloadsCard, orgPredikatCard } from './unit-actions.ts';
import { loadUnitReport, loadUnitResults } from './unit-results-api.ts';
import { canSetOrgPredikat } from './unit-results-model.ts';

const segment = (part: string) => encodeURIComponent(part);

/**
 * "Hasil unit kerja" (`#/hasil-unit/<unitId>/<periodId>`), for BKPSDM, Inspektorat and a unit's head (their own unit;
 * the server refuses others and the screen shows its words): the period report to sign off, each person's result,
 * the CSV files, and for BKPSDM the unit's Predikat Kinerja Organisasi.
 */
export function mountUnitResults(main: HTMLElement, { api, me, route }: ScreenContext): void {
  const [unitId = me.unit?.unitId, periodId] = route;
  const body = h('div', { class: 'unit-results-body' });
  main.replaceChildren(
    h('h1', { class: 'page-title' }, 'Hasil unit kerja'),
    h(
      'p',
      { class: 'lead' },
      'Laporan periode untuk disahkan pimpinan unit: penilaian yang selesai, sebaran predikat terhadap kurva distribusi, keputusan yang mengikutinya, dan hasil tiap pegawai.',
    ),
    unitPeriodPicker(api, me, {
      formId: 'unit-results',
      unitId,
      periodId,
      hashOf: (unit, period) => `#/hasil-unit/${segment(unit)}/${segment(period)}`,
      // Without a period in the address, the latest closed one is offered: results exist once a period is closed.
      defaultPeriod: (periods) => periods.find((p) => p.status === 'CLOSED')?.periodId,
    }),
    body,
  );
  if (!unitId || !periodId) {
    show(body, notice('info', !unitId ? 'Pilih unit kerja dan periode di atas lalu pilih Tampilkan.' : 'Pilih periode di atas lalu pilih Tampilkan. Hasil tersedia untuk periode yang sudah ditutup.'));
    return;
  }
  const unit: string = unitId;
  const period: string = periodId;

  const load = async (saved?: string) => {
    body.setAttribute('aria-busy', 'true');
    if (!body.firstChild) show(body, h('p', { class: 'loading', role: 'status' }, 'Memuat hasil unit…'));
    try {
      const [report, results] = await Promise.all([loadUnitReport(api, unit, period), loadUnitResults(api, unit, period)]);
      const orgCard = canSetOrgPredikat(me) ? orgPredikatCard(api, report, (label) => void load(label)) : null;
      // A period BKPSDM reopened for corrections: its results stand until the next close, and each assessment can be reopened.
      const reopenable = canSetOrgPredikat(me) && report.period.status === 'OPEN';
      show(body, reportCard(report), orgCard, downloadsCard(api, me, unit, period), resultsCard(api, unit, period, results, reopenable));
      if (saved && orgCard) {
        const done = notice('success', `Predikat Kinerja Organisasi ${report.unit.name} disimpan: ${saved}. Sebaran di atas sudah diperiksa terhadap kurvanya.`);
        done.tabIndex = -1;
        orgCard.querySelector('form')?.before(done);
        done.focus();
        announce(`Predikat Kinerja Organisasi disimpan: ${saved}.`);
      }
    } catch (error) {
      if (error instanceof SessionEnded) return;
      // A refusal (another unit's results for a pimpinan) or an unknown unit or period will not change on retry.
      const settled = error instanceof ApiError && (error.status === 403 || error.status === 404);
      show(body, errorNotice(settled ? 'Hasil unit ini tidak dapat ditampilkan.' : 'Hasil unit tidak dapat dimuat.', error, settled ? undefined : () => void load()));
    } finally {
      body.removeAttribute('aria-busy');
    }
  };
  void load();
}
