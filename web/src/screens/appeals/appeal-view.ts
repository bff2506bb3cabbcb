import { h } from '../../core/dom.ts';
import { formatInstant } from '../../core/format.ts';
import { statusTone } from '../../core/labels.ts';
import { APPEAL_STATUS_LABELS, appealStanding, deadlineLine, type Appeal } from './appeal-model.ts';

const BY_LABELS = { PEGAWAI: 'Pegawai', PENILAI: 'Pejabat penilai' } as const;

/** An appeal as everyone involved reads it: where it stands, the reason, each written explanation, and the decision. */
export function appealView(appeal: Appeal): HTMLElement {
  return h(
    'div',
    { class: 'appeal-view', 'data-appeal': appeal.appealId },
    h(
      'p',
      { class: 'appeal-standing' },
      h('span', { class: statusTone(appeal.status === 'DIPUTUS' ? 'SESUAI' : appeal.status) }, APPEAL_STATUS_LABELS[appeal.status]),
      ' ',
      appealStanding(appeal),
    ),
    appeal.status === 'DIAJUKAN' ? h('p', { class: 'sub' }, deadlineLine(appeal.deadline)) : null,
    h('h4', {}, 'Alasan keberatan'),
    h('p', { class: 'appeal-text' }, appeal.reason),
    appeal.explanations.length === 0
      ? null
      : h(
          'div',
          {},
          h('h4', {}, 'Penjelasan tertulis'),
          h(
            'ol',
            { class: 'explanations' },
            ...appeal.explanations.map((item) => h('li', {}, h('p', { class: 'sub' }, `${BY_LABELS[item.by]} · ${formatInstant(item.at)}`), h('p', { class: 'appeal-text' }, item.text))),
          ),
        ),
    appeal.decision ? h('div', {}, h('h4', {}, 'Alasan putusan'), h('p', { class: 'appeal-text' }, appeal.decision.reason)) : null,
  );
}
