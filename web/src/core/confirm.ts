import { h } from './dom.ts';

export interface ConfirmSpec {
  readonly title: string;
  readonly body: readonly (string | Node)[];
  readonly confirmLabel: string;
  readonly cancelLabel?: string;
  readonly tone?: 'primary' | 'danger';
}

/**
 * Asks before an action that cannot be undone (finalising, closing a period), in a native modal `<dialog>`:
 * focus is held inside it, Escape cancels, and focus returns to where it was. Resolves true only on confirm.
 */
export function confirmAction(spec: ConfirmSpec): Promise<boolean> {
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const titleId = `confirm-title-${Date.now().toString(36)}`;
  const cancel = h('button', { type: 'button', class: 'button secondary', value: 'cancel' }, spec.cancelLabel ?? 'Batal');
  const confirm = h('button', { type: 'button', class: `button ${spec.tone ?? 'primary'}`, value: 'confirm' }, spec.confirmLabel);
  const dialog = h(
    'dialog',
    { class: 'confirm', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, spec.title),
    ...spec.body.map((part) => (typeof part === 'string' ? h('p', {}, part) : part)),
    h('div', { class: 'form-actions' }, confirm, cancel),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    let answer = false;
    confirm.addEventListener('click', () => {
      answer = true;
      dialog.close();
    });
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      returnTo?.focus();
      resolve(answer);
    });
    dialog.showModal();
    cancel.focus();
  });
}
