import { h } from './dom.ts';

/**
 * A labelled form field with its hint and its error line. The error is tied to the control with
 * `aria-describedby` and flagged with `aria-invalid`, so a screen reader reads it with the field.
 */
export interface Field {
  readonly name: string;
  readonly wrapper: HTMLElement;
  readonly control: HTMLInputElement | HTMLTextAreaElement;
  setError(message: string | undefined): void;
}

export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly control: HTMLInputElement | HTMLTextAreaElement;
  /** Extra lines under the control that describe it, such as a character counter. */
  readonly extras?: readonly HTMLElement[];
}

export function field(formId: string, spec: FieldSpec): Field {
  const id = `${formId}-${spec.name}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const control = spec.control;
  control.id = id;
  control.name = spec.name;
  if (spec.required) control.setAttribute('aria-required', 'true');
  const describedBy = [spec.hint ? hintId : undefined, ...(spec.extras ?? []).map((extra) => extra.id)].filter(Boolean) as string[];
  const setDescribedBy = (ids: string[]) => {
    if (ids.length > 0) control.setAttribute('aria-describedby', ids.join(' '));
    else control.removeAttribute('aria-describedby');
  };
  setDescribedBy(describedBy);

  const error = h('p', { class: 'field-error', id: errorId, hidden: true });
  const wrapper = h(
    'div',
    { class: 'field', 'data-field': spec.name },
    h('label', { for: id }, spec.label, spec.required ? h('span', { class: 'required' }, ' (wajib)') : null),
    spec.hint ? h('p', { class: 'hint', id: hintId }, spec.hint) : null,
    control,
    ...(spec.extras ?? []),
    error,
  );

  return {
    name: spec.name,
    wrapper,
    control,
    setError(message) {
      error.textContent = message ?? '';
      error.hidden = !message;
      wrapper.classList.toggle('invalid', Boolean(message));
      if (message) {
        control.setAttribute('aria-invalid', 'true');
        setDescribedBy([errorId, ...describedBy]);
      } else {
        control.removeAttribute('aria-invalid');
        setDescribedBy(describedBy);
      }
    },
  };
}
