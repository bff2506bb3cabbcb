import { refusedFields, SessionEnded } from './api.ts';
import { h } from './dom.ts';
import type { Field } from './fields.ts';
import { notice, reasonOf, show } from './ui.ts';

export interface FormDialogSpec<T, R> {
  /** Names the dialog's ids (`<id>-title`); the fields are made with the same form id. */
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  /** In order; the first takes focus. A server refusal naming one of them (`body.<name>`) is shown beside it. */
  readonly fields: readonly Field[];
  readonly submitLabel: string;
  /** The submit button's words while the request is on its way. */
  readonly busyLabel: string;
  readonly tone?: 'primary' | 'danger';
  /** Opens the alert when the server refuses, e.g. "Periode tidak dibuka kembali." */
  readonly failure: string;
  /** Checks the fields as the server would, setting their messages and focusing the first wrong one; undefined stays open. */
  readonly check: () => T | undefined;
  readonly send: (value: T) => Promise<R>;
}

/**
 * A form asked in a modal `<dialog>` (focus held inside, Escape cancels, focus returns to where it was). The request is
 * sent from the dialog, so a refusal stays beside what the person wrote and can be corrected there; a second submit
 * while one is on its way sends nothing. Resolves with what `send` answered, or undefined when cancelled.
 */
export function askInDialog<T, R>(spec: FormDialogSpec<T, R>): Promise<R | undefined> {
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  const submit = h('button', { type: 'submit', class: `button ${spec.tone ?? 'primary'}` }, spec.submitLabel);
  const cancel = h('button', { type: 'button', class: 'button secondary' }, 'Batal');
  const titleId = `${spec.id}-title`;
  const form = h(
    'form',
    { novalidate: true },
    h('h2', { id: titleId }, spec.title),
    h('p', {}, spec.intro),
    ...spec.fields.map((f) => f.wrapper),
    alert,
    h('div', { class: 'form-actions' }, submit, cancel),
  );
  const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': titleId }, form);
  document.body.append(dialog);

  return new Promise((resolve) => {
    let answer: R | undefined;
    let sending = false;
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      returnTo?.focus();
      resolve(answer);
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (sending) return;
      show(alert);
      for (const f of spec.fields) f.setError(undefined);
      const value = spec.check();
      if (value === undefined) return;
      sending = true;
      submit.setAttribute('aria-disabled', 'true');
      submit.textContent = spec.busyLabel;
      try {
        answer = await spec.send(value);
        dialog.close();
      } catch (error) {
        if (error instanceof SessionEnded) return dialog.close();
        const refused = refusedFields(error, spec.fields.map((f) => f.name));
        for (const f of spec.fields) if (refused[f.name]) f.setError(refused[f.name]);
        show(alert, notice('error', `${spec.failure} ${reasonOf(error)}`));
      } finally {
        sending = false;
        submit.removeAttribute('aria-disabled');
        submit.textContent = spec.submitLabel;
      }
    });
    dialog.showModal();
    spec.fields[0]?.control.focus();
  });
}
