import { SessionEnded } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { formatInstant, formatNumber } from '../../core/format.ts';
import type { DataCheckReport } from '../../core/types.ts';
import { busy, errorNotice, fact, notice, show } from '../../core/ui.ts';
import type { ScreenContext } from '../screen.ts';
import { checkData } from './admin-api.ts';

/** "Cek data": what must be fixed in the organisation data before a period can run, check by check. */
export function mountDataCheck(main: HTMLElement, { api }: ScreenContext): void {
  const result = h('div', { class: 'data-check' }, h('p', { class: 'loading', role: 'status' }, 'Memeriksa data…'));
  const again = h('button', { type: 'button', class: 'button secondary' }, 'Periksa ulang');
  main.replaceChildren(
    h('h1', { class: 'page-title' }, 'Cek data organisasi'),
    h('p', { class: 'lead' }, 'Setiap pegawai memerlukan atasan langsung yang terdaftar, rantai atasan tanpa putaran, satu email per orang, dan setiap unit memerlukan kepala unit.'),
    result,
    h('div', { class: 'form-actions' }, again),
  );
  const load = async () => {
    try {
      render(result, await checkData(api));
    } catch (error) {
      if (error instanceof SessionEnded) return;
      show(result, errorNotice('Data tidak dapat diperiksa.', error, () => void load()));
    }
  };
  again.addEventListener('click', () => void busy(again, 'Memeriksa…', load));
  void load();
}

function render(slot: HTMLElement, check: DataCheckReport): void {
  slot.replaceChildren(
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'check-summary-title' },
      h('h2', { id: 'check-summary-title' }, 'Ringkasan'),
      check.ready
        ? notice('success', 'Data siap: tidak ada yang perlu diperbaiki.', 'status')
        : notice('error', `${formatNumber(check.findings.filter((f) => f.count > 0).length)} jenis masalah perlu diperbaiki sebelum periode berjalan.`, 'status'),
      h('dl', { class: 'facts counts' }, fact('Unit kerja', formatNumber(check.totals.units)), fact('Pegawai', formatNumber(check.totals.employees)), fact('Diperiksa', formatInstant(check.checkedAt))),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'check-findings-title' },
      h('h2', { id: 'check-findings-title' }, 'Hasil per pemeriksaan'),
      h(
        'ul',
        { class: 'finding-list' },
        ...check.findings.map((finding) =>
          h(
            'li',
            { class: `finding ${finding.count > 0 ? 'has-issues' : 'clean'}`, 'data-code': finding.code },
            finding.count === 0
              ? h('p', { class: 'finding-head' }, h('span', { class: 'status status-sesuai' }, 'Beres'), ' ', finding.label)
              : h(
                  'details',
                  {},
                  h('summary', { class: 'finding-head' }, h('span', { class: 'status status-dikembalikan' }, formatNumber(finding.count)), ' ', finding.label),
                  h('ul', { class: 'finding-items' }, ...finding.items.map((item) => h('li', {}, describe(item)))),
                ),
          ),
        ),
      ),
    ),
  );
}

/** One finding's item in words; the items differ per check (a person, a loop, a shared address, a unit). */
function describe(item: Record<string, unknown>): string {
  const text = (key: string) => (typeof item[key] === 'string' ? (item[key] as string) : undefined);
  if (Array.isArray(item.employees)) {
    const people = (item.employees as Record<string, unknown>[]).map((e) => `${String(e.name)} (NIP ${String(e.nip)})`).join(', ');
    return `${text('email') ?? ''}: ${people}`;
  }
  if (text('chain')) return text('chain')!;
  const parts = [
    text('name') && text('nip') ? `${text('name')} (NIP ${text('nip')})` : text('name'),
    text('unitId') ? `unit ${text('unitId')}` : undefined,
    text('supervisorNip') ? `NIP atasan ${text('supervisorNip')}` : undefined,
    text('reason'),
  ].filter(Boolean);
  return parts.join(' · ') || JSON.stringify(item);
}
