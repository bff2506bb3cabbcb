import { h } from '../../core/dom.ts';
import { formatPercent } from '../../core/format.ts';
import { PERIOD_FIGURES_NOTE, periodTargetText, realizationText } from '../../core/indicator-figures.ts';
import { RATING_LABELS } from '../../core/labels.ts';
import type { AssessmentWorkspace } from '../../core/types.ts';
import { notice } from '../../core/ui.ts';
import type { policyHints } from './assessment-model.ts';

/**
 * "Capaian indikator": per SKP indicator, the period's target (the annual one beside it), the realisation from
 * reports (summed, or averaged for a level), capaian, and how the policy reads it.
 */
export function indicatorsCard(workspace: AssessmentWorkspace, hints: ReturnType<typeof policyHints>): HTMLElement {
  const { indicators } = workspace;
  const content =
    indicators.length === 0
      ? notice('info', 'Pegawai belum memiliki SKP yang disetujui untuk tahun ini, jadi belum ada capaian indikator.')
      : h(
          'table',
          { class: 'data-table stack-table' },
          h('caption', { class: 'visually-hidden' }, 'Capaian per indikator kinerja'),
          h(
            'thead',
            {},
            h('tr', {}, ...['Indikator', 'Jenis RHK', 'Target periode ini', 'Realisasi', 'Capaian', ...(hints ? ['Terhadap ekspektasi'] : [])].map((label) => h('th', { scope: 'col' }, label))),
          ),
          h(
            'tbody',
            {},
            ...indicators.map((indicator) =>
              h(
                'tr',
                { 'data-indicator': indicator.indicatorId },
                h('th', { scope: 'row', 'data-label': 'Indikator' }, indicator.name),
                h('td', { 'data-label': 'Jenis RHK' }, indicator.rhkKind === 'UTAMA' ? 'Utama' : 'Tambahan'),
                h('td', { 'data-label': 'Target periode ini', class: 'num wrap-on-phone' }, periodTargetText(indicator)),
                h('td', { 'data-label': 'Realisasi', class: 'num wrap-on-phone' }, realizationText(indicator)),
                h('td', { 'data-label': 'Capaian', class: 'num capaian' }, indicator.achievement === undefined ? 'Belum ada' : formatPercent(indicator.achievement)),
                hints ? h('td', { 'data-label': 'Terhadap ekspektasi' }, RATING_LABELS[hints.rateIndicator(indicator.achievement)]) : null,
              ),
            ),
          ),
        );
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'indicators-title' },
    h('h2', { id: 'indicators-title' }, 'Capaian indikator'),
    h('p', { class: 'muted' }, PERIOD_FIGURES_NOTE),
    content,
  );
}
