import { refusedFields, SessionEnded, type ApiClient } from '../../core/api.ts';
import { confirmAction } from '../../core/confirm.ts';
import { h } from '../../core/dom.ts';
import { choiceGroup, field } from '../../core/fields.ts';
import { periodName } from '../../core/format.ts';
import { RATING_OPTIONS, ratingLabel } from '../../core/labels.ts';
import type { Rating } from '../../core/types.ts';
import { busy, isBusy, notice, reasonOf, show } from '../../core/ui.ts';
import { APPEAL_TEXT_MAX, decisionInput, type Appeal, type DecisionErrors, type Outcome } from './appeal-model.ts';
import { decide } from './appeals-api.ts';

/**
 * The reviewer's final word on an appeal: keep the result, or change the two ratings (the server re-scores it).
 * Asked once more in a dialog, because the decision is final; sent once however often the button is pressed.
 */
export function decisionForm(api: ApiClient, appeal: Appeal, onDecided: (appeal: Appeal) => void): HTMLFormElement {
  const id = `decide-${appeal.periodId}-${appeal.nip}`;
  const outcome = choiceGroup<Outcome>(id, {
    name: 'outcome',
    legend: 'Putusan',
    required: true,
    options: [
      { value: 'DIPERTAHANKAN', label: 'Pertahankan hasil' },
      { value: 'DIUBAH', label: 'Ubah rating' },
    ],
  });
  const hasilKerja = choiceGroup<Rating>(id, { name: 'hasilKerja', legend: 'Rating Hasil Kerja yang baru', required: true, options: RATING_OPTIONS });
  const perilaku = choiceGroup<Rating>(id, { name: 'perilaku', legend: 'Rating Perilaku Kerja yang baru', required: true, options: RATING_OPTIONS });
  const reason = field(id, { name: 'reason', label: 'Alasan putusan', required: true, hint: 'Disampaikan kepada pegawai dan pejabat penilai.', control: h('textarea', { rows: 4, maxlength: APPEAL_TEXT_MAX }) });
  const ratings = h('div', { class: 'decision-ratings', hidden: true }, hasilKerja.element, perilaku.element);
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Putuskan');
  const form = h('form', { class: 'text-form decision-form', novalidate: true }, h('h4', {}, 'Putusan keberatan'), outcome.element, ratings, reason.wrapper, alert, h('div', { class: 'form-actions' }, submit));
  outcome.onChange((value) => {
    ratings.hidden = value !== 'DIUBAH';
    outcome.setError(undefined);
  });
  hasilKerja.onChange(() => hasilKerja.setError(undefined));
  perilaku.onChange(() => perilaku.setError(undefined));

  const showErrors = (errors: DecisionErrors) => {
    outcome.setError(errors.outcome);
    hasilKerja.setError(errors.hasilKerja);
    perilaku.setError(errors.perilaku);
    reason.setError(errors.reason);
    if (errors.outcome) outcome.focus();
    else if (errors.hasilKerja) hasilKerja.focus();
    else if (errors.perilaku) perilaku.focus();
    else if (errors.reason) reason.control.focus();
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (isBusy(submit)) return;
    show(alert);
    const checked = decisionInput({ outcome: outcome.value(), hasilKerja: hasilKerja.value(), perilaku: perilaku.value(), reason: reason.control.value });
    if (!checked.ok) return showErrors(checked.errors);
    showErrors({});
    const { input } = checked;
    const confirmed = await confirmAction({
      title: 'Putuskan keberatan?',
      body: [
        input.outcome === 'DIUBAH'
          ? `Hasil ${periodName(appeal.periodId)} diubah menjadi Hasil Kerja ${ratingLabel(input.hasilKerja)} dan Perilaku Kerja ${ratingLabel(input.perilaku)}; predikat dan tindak lanjutnya dihitung ulang.`
          : `Hasil ${periodName(appeal.periodId)} dipertahankan.`,
        'Putusan ini final dan diberitahukan kepada pegawai dan pejabat penilai.',
      ],
      confirmLabel: 'Ya, putuskan',
    });
    if (!confirmed) return;
    await busy(submit, 'Menyimpan…', async () => {
      try {
        onDecided((await decide(api, appeal.appealId, input)).appeal);
      } catch (error) {
        if (error instanceof SessionEnded) return;
        showErrors(refusedFields(error, ['outcome', 'hasilKerja', 'perilaku', 'reason']));
        show(alert, notice('error', `Putusan tidak disimpan. ${reasonOf(error)}`));
      }
    });
  });
  return form;
}
