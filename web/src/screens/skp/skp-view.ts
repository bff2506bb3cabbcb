import { h } from '../../core/dom.ts';
import { formatNumber } from '../../core/format.ts';
import type { Indicator, Rhk } from '../../core/types.ts';

export const RHK_KIND_LABELS: Readonly<Record<Rhk['kind'], string>> = { UTAMA: 'Utama', TAMBAHAN: 'Tambahan' };
export const ASPEK_LABELS: Readonly<Record<Indicator['aspek'], string>> = { KUANTITAS: 'Kuantitas', KUALITAS: 'Kualitas', WAKTU: 'Waktu', BIAYA: 'Biaya' };
export const DIRECTION_LABELS: Readonly<Record<Indicator['direction'], string>> = {
  HIGHER_IS_BETTER: 'Makin tinggi makin baik',
  LOWER_IS_BETTER: 'Makin rendah makin baik',
};

/** A plan read, not edited: each RHK with its kind and its indicators' targets. */
export function skpView(rows: readonly Rhk[]): HTMLElement {
  return h(
    'ol',
    { class: 'rhk-view' },
    ...rows.map((row) =>
      h(
        'li',
        { class: 'rhk-view-item' },
        h('p', { class: 'rhk-view-text' }, h('span', { class: `status status-${row.kind.toLowerCase()}` }, RHK_KIND_LABELS[row.kind]), ' ', row.text),
        h(
          'ul',
          { class: 'indicator-view' },
          ...row.indicators.map((indicator) =>
            h(
              'li',
              {},
              h('span', {}, indicator.name),
              h(
                'span',
                { class: 'sub' },
                ` Target tahunan ${formatNumber(indicator.target)} ${indicator.satuan} · ${ASPEK_LABELS[indicator.aspek]} · ${DIRECTION_LABELS[indicator.direction]} · kode ${indicator.indicatorId}`,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export function skpCounts(rows: readonly Rhk[]): string {
  const indicators = rows.reduce((sum, row) => sum + row.indicators.length, 0);
  return `${formatNumber(rows.length)} RHK, ${formatNumber(indicators)} indikator`;
}
