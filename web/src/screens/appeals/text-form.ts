import { ApiError, SessionEnded } from '../../core/api.ts';
import { h } from '../../core/dom.ts';
import { field } from '../../core/fields.ts';
import { notice, reasonOf, show } from '../../core/ui.ts';
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
  let sending = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) return;
    show(alert);
    const problem = checkAppealText(text.control.value, spec.label);
    text.setError(problem);
    if (problem) {
      text.control.focus();
      return;
    }
    sending = true;
    try {
      if (spec.confirm && !(await spec.confirm())) return;
      submit.setAttribute('aria-disabled', 'true');
      submit.textContent = 'Mengirim…';
      await spec.send(text.control.value.trim());
    } catch (error) {
      if (error instanceof SessionEnded) return;
      const atField = error instanceof ApiError ? error.fields.find((f) => f.field === 'reason' || f.field === 'text') : undefined;
      if (atField) text.setError(atField.message);
      show(alert, notice('error', `Tidak terkirim. ${reasonOf(error)}`));
    } finally {
      sending = false;
      submit.removeAttribute('aria-disabled');
      submit.textContent = spec.submitLabel;
    }
  });
  return form;
}
