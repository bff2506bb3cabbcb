import { h } from '../../core/dom.ts';
import { choiceGroup, field } from '../../core/fields.ts';
import { formatNumber } from '../../core/format.ts';
import { PREDIKAT_LABELS, RATING_LABELS, RATING_OPTIONS } from '../../core/labels.ts';
import type { Assessment, AssessmentWorkspace, BerakhlakValue, Rating } from '../../core/types.ts';
import { FEEDBACK_MAX, policyHints, previewPredikat, reasonRequired, type AssessmentErrors, type AssessmentFields } from './assessment-model.ts';

export const FORM_ID = 'assessment';

export interface AssessmentControls {
  readonly hasilKerjaCard: HTMLElement;
  readonly perilakuCard: HTMLElement;
  readonly feedbackCard: HTMLElement;
  /** The live predikat (an `<output>`) and the line saying which ratings made it. */
  readonly preview: HTMLElement;
  readonly previewDetail: HTMLElement;
  read(): AssessmentFields;
  /** Marks each message at its field (API field names) and focuses the first; true when there was any. */
  showErrors(errors: AssessmentErrors): boolean;
}

/**
 * The assessment's controls, filled from what is saved, with their live behaviour: the reason turns required
 * when Hasil Kerja departs from the suggestion, the Perilaku hint follows the seven values, and the predikat
 * preview follows the two ratings through the quadrant. `onEdit` hears every change a person makes.
 */
export function createAssessmentControls(workspace: AssessmentWorkspace, saved: Assessment | null, onEdit: () => void): AssessmentControls {
  const { suggestion, berakhlak } = workspace;
  const hints = policyHints(suggestion.policyVersion);

  const hasilKerja = choiceGroup<Rating>(FORM_ID, {
    name: 'hasilKerja.rating',
    legend: 'Rating Hasil Kerja',
    required: true,
    options: RATING_OPTIONS,
    className: 'rating-choice',
    hint: suggestion.hasilKerja
      ? h('span', {}, 'Saran sistem dari capaian indikator: ', h('strong', { class: 'suggested-rating' }, RATING_LABELS[suggestion.hasilKerja]), '.')
      : 'Belum ada saran sistem: pegawai belum memiliki SKP yang disetujui atau belum ada capaian. Nilai berdasarkan pengamatan Anda.',
  });
  const requiredMark = h('span', { class: 'required', hidden: true }, ' (wajib karena berbeda dari saran)');
  const reason = field(FORM_ID, {
    name: 'hasilKerja.reason',
    label: 'Alasan rating Hasil Kerja',
    hint: 'Wajib diisi bila rating berbeda dari saran sistem; dicatat dalam riwayat penilaian.',
    control: h('textarea', { rows: 3, maxlength: 2000 }),
  });
  reason.wrapper.querySelector('label')!.append(requiredMark);

  const valueKeys = berakhlak.map((value) => value.key);
  const valueGroups = berakhlak.map((value) =>
    choiceGroup<Rating>(FORM_ID, {
      name: `perilaku.values.${value.key}`,
      legend: value.label,
      required: true,
      className: 'rating-choice value-choice',
      options: RATING_OPTIONS,
      hint: h('ul', { class: 'guides' }, ...value.guides.map((guide) => h('li', {}, guide))),
    }),
  );
  const perilakuHint = h('span', {});
  const perilaku = choiceGroup<Rating>(FORM_ID, {
    name: 'perilaku.rating',
    legend: 'Rating Perilaku Kerja',
    required: true,
    options: RATING_OPTIONS,
    className: 'rating-choice',
    hint: perilakuHint,
  });
  const feedbackCounter = h('p', { class: 'counter', id: `${FORM_ID}-feedback-count` });
  const feedback = field(FORM_ID, {
    name: 'feedback',
    label: 'Umpan balik untuk pegawai',
    required: true,
    hint: 'Apa yang sudah baik dan apa yang perlu dikembangkan; pegawai membacanya bersama hasilnya.',
    control: h('textarea', { rows: 5, maxlength: FEEDBACK_MAX }),
    extras: [feedbackCounter],
  });

  if (saved) {
    hasilKerja.set(saved.hasilKerja.rating);
    reason.control.value = saved.hasilKerja.reason ?? '';
    perilaku.set(saved.perilaku.rating);
    valueGroups.forEach((group, i) => group.set(saved.perilaku.values[valueKeys[i]!]));
    feedback.control.value = saved.feedback;
  }

  const readValues = () =>
    Object.fromEntries(valueGroups.flatMap((group, i) => (group.value() ? [[valueKeys[i], group.value()]] : []))) as Partial<Record<BerakhlakValue, Rating>>;
  const preview = h('output', { class: 'predikat-preview', 'aria-live': 'polite' });
  const previewDetail = h('p', { class: 'preview-detail' });

  const updateReason = () => {
    const required = reasonRequired(hasilKerja.value(), suggestion.hasilKerja);
    requiredMark.hidden = !required;
    if (required) reason.control.setAttribute('aria-required', 'true');
    else reason.control.removeAttribute('aria-required');
  };
  const updatePerilakuHint = () => {
    const suggested = hints?.suggestPerilaku(readValues(), valueKeys);
    perilakuHint.replaceChildren(
      ...(suggested
        ? ['Saran dari ketujuh nilai: ', h('strong', {}, RATING_LABELS[suggested]), '. Anda dapat memilih rating lain.']
        : ['Pertimbangkan ketujuh nilai di atas; saran muncul setelah semuanya dinilai.']),
    );
  };
  const updatePreview = () => {
    const predikat = previewPredikat(hasilKerja.value(), perilaku.value());
    preview.className = `predikat-preview ${predikat ? `predikat-${predikat.toLowerCase().replace(/_/g, '-')}` : 'predikat-none'}`;
    preview.textContent = predikat ? PREDIKAT_LABELS[predikat] : 'Belum lengkap';
    previewDetail.textContent = predikat
      ? `Hasil Kerja ${RATING_LABELS[hasilKerja.value()!]} × Perilaku ${RATING_LABELS[perilaku.value()!]}.`
      : 'Pilih rating Hasil Kerja dan Perilaku Kerja untuk melihat predikat.';
  };
  const updateCounter = () => {
    feedbackCounter.textContent = `${formatNumber(feedback.control.value.trim().length)} / ${formatNumber(FEEDBACK_MAX)} karakter`;
  };

  hasilKerja.onChange(() => {
    updateReason();
    updatePreview();
  });
  perilaku.onChange(updatePreview);
  valueGroups.forEach((group) => group.onChange(updatePerilakuHint));
  [hasilKerja, ...valueGroups, perilaku].forEach((group) => group.onChange(onEdit));
  reason.control.addEventListener('input', onEdit);
  feedback.control.addEventListener('input', () => {
    onEdit();
    updateCounter();
  });
  updateReason();
  updatePerilakuHint();
  updatePreview();
  updateCounter();

  const targets = new Map<string, { setError(message: string | undefined): void; focus(): void }>([
    [hasilKerja.name, hasilKerja],
    [reason.name, { setError: reason.setError, focus: () => reason.control.focus() }],
    ...valueGroups.map((group) => [group.name, group] as const),
    [perilaku.name, perilaku],
    [feedback.name, { setError: feedback.setError, focus: () => feedback.control.focus() }],
  ]);

  return {
    hasilKerjaCard: h(
      'section',
      { class: 'card', 'aria-labelledby': 'hasil-kerja-title' },
      h('h2', { id: 'hasil-kerja-title' }, 'Hasil Kerja'),
      hasilKerja.element,
      reason.wrapper,
    ),
    perilakuCard: h(
      'section',
      { class: 'card', 'aria-labelledby': 'perilaku-title' },
      h('h2', { id: 'perilaku-title' }, 'Perilaku Kerja (BerAKHLAK)'),
      h('p', { class: 'muted' }, 'Nilai setiap nilai dasar ASN berdasarkan panduan perilakunya.'),
      h('div', { class: 'values-grid' }, ...valueGroups.map((group) => group.element)),
      perilaku.element,
    ),
    feedbackCard: h('section', { class: 'card', 'aria-labelledby': 'feedback-title' }, h('h2', { id: 'feedback-title' }, 'Umpan balik'), feedback.wrapper),
    preview,
    previewDetail,
    read: () => ({ hasilKerja: hasilKerja.value(), reason: reason.control.value, perilaku: perilaku.value(), values: readValues(), feedback: feedback.control.value }),
    showErrors(errors) {
      // Map order is form order, so the first marked field is the first one on screen.
      let first: { focus(): void } | undefined;
      for (const [name, target] of targets) {
        target.setError(errors[name]);
        if (errors[name] && !first) first = target;
      }
      first?.focus();
      return first !== undefined;
    },
  };
}
