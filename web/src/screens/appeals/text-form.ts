import { refusedFields, SessionEnded } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { field } from '../../core/fields.ts';
import { busy, isBusy, notice, reasonOf, show } from '../../core/ui.ts';
import { APPEAL_TEXT_MAX, checkAppealText } from './appeal-model.ts';

export interface TextFormSpec {
  readonly id: string;
  readonly title?: string;
  readonly label: string;
  readonly hint?: string;
  readonly submitLabel: string;
  /** Asked before sending (a filing cannot be taken back); false stops the send. */
  readonly confirm?: () => Promise<boolean>;
  /** Sends the text; a refusal is shown at the field it names, or above the button. */
  readonly send: (text: string) => Promise<void>;
}

/** One written text sent to the appeal routes: checked first, sent once however often the button is pressed. */
export function textForm(spec: TextFormSpec): HTMLFormElement {
  const text = field(spec.id, { name: 'text', label: spec.label, required: true, hint: spec.hint, control: h('textarea', { rows: 5, maxlength: APPEAL_TEXT_MAX }) });
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'button primary' }, spec.submitLabel);
  const form = h('form', { class: 'text-form', novalidate: true }, spec.title ? h('h4', {}, spec.title) : null, text.wrapper, alert, h('div', { class: 'form-actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (isBusy(submit)) return;
    show(alert);
    const problem = checkAppealText(text.control.value, spec.label);
    text.setError(problem);
    if (problem) {
      text.control.focus();
      return;
    }
    if (spec.confirm && !(await spec.confirm())) return;
    await busy(submit, 'Mengirim…', async () => {
      try {
        await spec.send(text.control.value.trim());
      } catch (error) {
        if (error instanceof SessionEnded) return;
        const refused = refusedFields(error, ['reason', 'text']);
        const atField = refused.reason ?? refused.text;
        if (atField) text.setError(atField);
        show(alert, notice('error', `Tidak terkirim. ${reasonOf(error)}`));
      }
    });
  });
  return form;
}
