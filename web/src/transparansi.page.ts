import { ApiError } from './core/api.ts';
import { h } from './core/dom.ts';
import { currentYearInWita, formatInstant, formatNumber, formatPercent } from './core/format.ts';
import { errorNotice } from './core/ui.ts';
import { distributionBars, legend, trendChart, type TrendColumn } from './public/charts.ts';
import { fetchSummary, fetchTrend, type PublicSummary, type PublicTrend } from './public/public-api.ts';
import { distributionTable, trendTable } from './public/tables.ts';

/**
 * The public transparency page: for a chosen closed period, the predikat distribution per OPD, and the trend
 * over the year's periods of the same kind (the whole city, or one OPD). Only the public routes, no sign-in,
 * nothing from another origin. The chosen period and OPD live in the address, so a view can be shared.
 */
const YEARS_OFFERED = 5;

const slot = {
  picker: document.getElementById('pilihan') as HTMLFormElement,
  year: document.getElementById('tahun') as HTMLSelectElement,
  period: document.getElementById('periode') as HTMLSelectElement,
  status: document.getElementById('status') as HTMLElement,
  distribution: document.getElementById('sebaran') as HTMLElement,
  trend: document.getElementById('tren') as HTMLElement,
  about: document.getElementById('tentang-isi') as HTMLElement,
};

/** `unitTrendOf`: the year and OPD `unitTrend` was read for, so choosing another period of the year reads it no more. */
const state: { year: number; trend?: PublicTrend; unitTrend?: PublicTrend; unitTrendOf?: string; summary?: PublicSummary; periodId?: string; unitId: string } = {
  year: currentYearInWita(),
  unitId: '',
};

/** Each load takes a ticket; one overtaken by a later choice (a quick second click) draws nothing. */
function tickets(): () => () => boolean {
  let latest = 0;
  return () => {
    const mine = ++latest;
    return () => mine === latest;
  };
}
const pageLoad = tickets();
const trendLoad = tickets();

function say(text: string): void {
  slot.status.textContent = text;
}

function remember(): void {
  const query = new URLSearchParams();
  if (state.periodId) query.set('periode', state.periodId);
  if (state.unitId) query.set('opd', state.unitId);
  const search = query.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

function fillYears(): void {
  const newest = Math.max(currentYearInWita(), state.year);
  const years = Array.from({ length: YEARS_OFFERED }, (_, i) => newest - i);
  if (!years.includes(state.year)) years.push(state.year);
  slot.year.replaceChildren(...years.map((year) => h('option', { value: year, selected: year === state.year }, String(year))));
}

function fillPeriods(): void {
  const periods = [...(state.trend?.periods ?? [])].reverse();
  slot.period.disabled = periods.length === 0;
  slot.period.replaceChildren(
    ...(periods.length === 0
      ? [h('option', { value: '' }, 'Belum ada periode yang ditutup')]
      : periods.map((p) => h('option', { value: p.periodId, selected: p.periodId === state.periodId }, p.name))),
  );
}

/** Loads a year's closed periods; with `fallBack`, an empty current year falls back to the year before. */
async function loadYear(year: number, wantedPeriod?: string, fallBack = false): Promise<void> {
  const current = pageLoad();
  slot.picker.setAttribute('aria-busy', 'true');
  let trend: PublicTrend;
  try {
    trend = await fetchTrend(year);
    if (fallBack && trend.periods.length === 0) {
      year -= 1;
      trend = await fetchTrend(year);
    }
  } catch (error) {
    if (current()) slot.distribution.replaceChildren(errorNotice('Data periode tidak dapat dimuat.', error, () => void loadYear(year, wantedPeriod, fallBack)));
    return;
  } finally {
    if (current()) slot.picker.removeAttribute('aria-busy');
  }
  if (!current()) return;
  state.year = year;
  state.trend = trend;
  const periods = state.trend.periods;
  state.periodId = periods.find((p) => p.periodId === wantedPeriod)?.periodId ?? periods.at(-1)?.periodId;
  fillYears();
  fillPeriods();
  if (!state.periodId) {
    state.summary = undefined;
    slot.distribution.replaceChildren(h('h2', { id: 'sebaran-judul' }, 'Sebaran predikat per OPD'), h('p', { class: 'notice info' }, `Belum ada periode penilaian tahun ${state.year} yang ditutup. Pilih tahun lain.`));
    slot.trend.replaceChildren(h('h2', { id: 'tren-judul' }, `Tren ${state.year}`), h('p', { class: 'muted' }, 'Tren tampil setelah ada periode yang ditutup.'));
    renderAbout();
    say(`Belum ada data tahun ${state.year}.`);
    remember();
    return;
  }
  await loadPeriod(state.periodId);
}

async function loadPeriod(periodId: string): Promise<void> {
  const current = pageLoad();
  state.periodId = periodId;
  slot.distribution.setAttribute('aria-busy', 'true');
  let summary: PublicSummary;
  try {
    summary = await fetchSummary(periodId);
  } catch (error) {
    if (current()) slot.distribution.replaceChildren(errorNotice('Ringkasan periode tidak dapat dimuat.', error, () => void loadPeriod(periodId)));
    return;
  } finally {
    if (current()) slot.distribution.removeAttribute('aria-busy');
  }
  if (!current()) return;
  state.summary = summary;
  renderDistribution(state.summary);
  await loadUnitTrend();
  renderAbout();
  remember();
  say(`Menampilkan data ${state.summary.period.name}.`);
}

function renderDistribution(summary: PublicSummary): void {
  const { period, units, unitsWithheld, threshold } = summary;
  const facts = h(
    'dl',
    { class: 'facts' },
    h('div', {}, h('dt', {}, 'Pegawai dinilai'), h('dd', {}, formatNumber(summary.cityEmployees))),
    h('div', {}, h('dt', {}, 'OPD ditampilkan'), h('dd', {}, formatNumber(units.length))),
    h('div', {}, h('dt', {}, 'Pelaporan kegiatan'), h('dd', {}, summary.cityReportingRatePercent === null ? '–' : formatPercent(summary.cityReportingRatePercent))),
    h('div', {}, h('dt', {}, 'Ditutup'), h('dd', {}, period.closedAt ? formatInstant(period.closedAt) : '–')),
  );
  slot.distribution.replaceChildren(
    h('h2', { id: 'sebaran-judul' }, `Sebaran predikat per OPD · ${period.name}`),
    facts,
    units.length === 0
      ? h('p', { class: 'notice info' }, `Tidak ada OPD yang dapat ditampilkan: setiap OPD memiliki kurang dari ${threshold} pegawai yang dinilai.`)
      : h(
          'div',
          {},
          legend(summary.labels),
          distributionBars(
            summary.labels,
            units.map((u) => ({ name: u.unitName, total: u.employees, distribution: u.distribution })),
            `Bagian tiap predikat dari pegawai yang dinilai pada ${period.name}, per OPD.`,
          ),
          h('h3', {}, 'Angka per OPD'),
          distributionTable(summary),
        ),
    ...(unitsWithheld > 0 ? [h('p', { class: 'muted' }, `${formatNumber(unitsWithheld)} OPD tidak ditampilkan karena pegawai yang dinilai kurang dari ${threshold}.`)] : []),
  );
}

async function loadUnitTrend(): Promise<void> {
  const current = trendLoad();
  const wanted = state.unitId ? `${state.year}|${state.unitId}` : undefined;
  if (wanted && wanted === state.unitTrendOf) return renderTrend();
  let unitTrend: PublicTrend | undefined;
  if (state.unitId) {
    try {
      unitTrend = await fetchTrend(state.year, state.unitId);
    } catch (error) {
      if (!current()) return;
      if (error instanceof ApiError && error.status === 404) {
        // An address naming an OPD that does not exist: show the whole city instead.
        state.unitId = '';
        remember();
      } else {
        slot.trend.replaceChildren(errorNotice('Tren OPD tidak dapat dimuat.', error, () => void loadUnitTrend()));
        return;
      }
    }
  }
  if (!current()) return;
  state.unitTrend = unitTrend;
  state.unitTrendOf = unitTrend ? wanted : undefined;
  renderTrend();
}

let redraw: ResizeObserver | undefined;

function renderTrend(): void {
  redraw?.disconnect();
  const source = state.unitTrend ?? state.trend;
  const chosen = state.trend?.periods.find((p) => p.periodId === state.periodId);
  if (!source || !chosen || !state.summary) return;
  const points = source.periods.filter((p) => p.kind === chosen.kind);
  const unitName = state.unitId ? (points.find((p) => p.unit)?.unit?.unitName ?? state.summary.units.find((u) => u.unitId === state.unitId)?.unitName ?? state.unitId) : undefined;
  const columns: TrendColumn[] = points.map((p) =>
    unitName ? { periodId: p.periodId, name: p.name, ...(p.unit ? { total: p.unit.employees, distribution: p.unit.distribution } : {}) } : { periodId: p.periodId, name: p.name, total: p.employees, distribution: p.distribution },
  );

  const units = state.summary.units;
  const choice = h(
    'select',
    {
      id: 'tren-opd',
      onchange: (event: Event) => {
        state.unitId = (event.target as HTMLSelectElement).value;
        remember();
        void loadUnitTrend();
      },
    },
    h('option', { value: '', selected: !state.unitId }, 'Seluruh OPD yang ditampilkan'),
    ...units.map((u) => h('option', { value: u.unitId, selected: u.unitId === state.unitId }, u.unitName)),
    state.unitId && !units.some((u) => u.unitId === state.unitId) ? h('option', { value: state.unitId, selected: true }, unitName ?? state.unitId) : null,
  );
  const chartHost = h('div', { class: 'trend-host' });
  const title = `Tren sebaran predikat ${state.year}${unitName ? `, ${unitName}` : ', seluruh OPD yang ditampilkan'}`;
  const draw = () => {
    const width = Math.floor(chartHost.clientWidth);
    if (width > 0 && Number(chartHost.dataset.width) !== width) {
      chartHost.dataset.width = String(width);
      chartHost.replaceChildren(trendChart(source.labels, columns, width, 'tren-grafik-judul', title));
    }
  };
  // What the trend now shows, for anyone (a test, a script) waiting on it.
  slot.trend.dataset.periode = chosen.periodId;
  slot.trend.dataset.opd = state.unitId;
  slot.trend.replaceChildren(
    h('h2', { id: 'tren-judul' }, `Tren ${state.year}`),
    h('p', { class: 'muted' }, `Periode ${chosen.kind === 'BULANAN' ? 'bulanan' : chosen.kind === 'TRIWULAN' ? 'triwulan' : 'tahunan'} yang telah ditutup, terlama di kiri. Tiap kolom 100 % pegawai yang dinilai.`),
    h('div', { class: 'field trend-unit' }, h('label', { for: 'tren-opd' }, 'Tampilkan tren untuk'), choice),
    legend(source.labels),
    h('figure', { class: 'chart' }, chartHost, h('figcaption', { class: 'chart-caption' }, title)),
    h('details', {}, h('summary', {}, 'Tabel data tren'), trendTable(source.labels, points, unitName)),
  );
  draw();
  redraw = new ResizeObserver(() => requestAnimationFrame(draw));
  redraw.observe(chartHost);
}

function renderAbout(): void {
  const updated = state.summary?.period.updatedAt ?? state.summary?.period.closedAt ?? state.trend?.lastClosedAt ?? null;
  const threshold = state.trend?.threshold ?? 5;
  slot.about.replaceChildren(
    h('p', {}, h('strong', {}, 'Sumber data: '), state.summary?.source ?? state.trend?.source ?? 'e-Kinerja BKPSDM Kota Kendari.'),
    h('p', {}, h('strong', {}, 'Terakhir diperbarui: '), updated ? formatInstant(updated) : 'belum ada periode yang ditutup.'),
    h(
      'p',
      {},
      `Tidak ada nama atau NIP di halaman ini. Angka di bawah ${threshold} ditampilkan sebagai “<${threshold}”; beberapa angka lain ikut disembunyikan (juga ditandai “<${threshold}”, atau “–” untuk jumlah) agar angka kecil tidak dapat dihitung dari jumlahnya. OPD dengan kurang dari ${threshold} pegawai yang dinilai tidak ditampilkan dan tidak ikut dijumlahkan.`,
    ),
    h('p', {}, 'Angka diambil saat periode ditutup. Waktu ditampilkan dalam WITA (UTC+8).'),
  );
}

slot.year.addEventListener('change', () => void loadYear(Number(slot.year.value)));
slot.period.addEventListener('change', () => void loadPeriod(slot.period.value));
slot.picker.addEventListener('submit', (event) => event.preventDefault());

const asked = new URLSearchParams(location.search);
const askedPeriod = /^\d{4}(-(0[1-9]|1[0-2])|-TW[1-4])?$/.test(asked.get('periode') ?? '') ? asked.get('periode')! : undefined;
state.unitId = /^[a-z0-9-]{1,64}$/.test(asked.get('opd') ?? '') ? asked.get('opd')! : '';
fillYears();
void loadYear(askedPeriod ? Number(askedPeriod.slice(0, 4)) : state.year, askedPeriod, !askedPeriod);
