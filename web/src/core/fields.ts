import { h } from './dom.ts';

/**
 * A labelled form field with its hint and its error line. The error is tied to the control with
 * `aria-describedby` and flagged with `aria-invalid`, so a screen reader reads it with the field.
 */
export type FieldControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface Field {
  readonly name: string;
  readonly wrapper: HTMLElement;
  readonly control: FieldControl;
  setError(message: string | undefined): void;
}

export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly control: FieldControl;
  /** Extra lines under the control that describe it, such as a character counter. */
  readonly extras?: readonly HTMLElement[];
}

export function field(formId: string, spec: FieldSpec): Field {
  // Field names may be API paths (`hasilKerja.reason`); ids keep to letters, digits and dashes.
  const id = `${formId}-${spec.name}`.replace(/\./g, '-');
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

/** A labelled choice among a few options (radio buttons in a fieldset), with its error line. */
export interface ChoiceGroup<T extends string> {
  readonly name: string;
  readonly element: HTMLFieldSetElement;
  value(): T | undefined;
  set(value: T | undefined): void;
  setError(message: string | undefined): void;
  focus(): void;
  onChange(listener: (value: T | undefined) => void): void;
}

export interface ChoiceSpec<T extends string> {
  readonly name: string;
  readonly legend: string | Node;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly hint?: string | Node;
  readonly required?: boolean;
  readonly className?: string;
}

export function choiceGroup<T extends string>(formId: string, spec: ChoiceSpec<T>): ChoiceGroup<T> {
  const id = `${formId}-${spec.name}`.replace(/\./g, '-');
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const inputs = spec.options.map((option, index) =>
    h('input', { type: 'radio', name: id, value: option.value, id: `${id}-${index}` }),
  );
  const error = h('p', { class: 'field-error', id: errorId, hidden: true });
  const element = h(
    'fieldset',
    { class: `choice ${spec.className ?? ''}`.trim(), role: 'radiogroup', 'data-field': spec.name, 'aria-describedby': spec.hint ? hintId : undefined },
    h('legend', {}, spec.legend, spec.required ? h('span', { class: 'required' }, ' (wajib)') : null),
    spec.hint ? h('div', { class: 'hint', id: hintId }, spec.hint) : null,
    h(
      'div',
      { class: 'choice-options' },
      ...inputs.map((input, index) => h('label', { class: 'choice-option', for: input.id }, input, h('span', {}, spec.options[index]!.label))),
    ),
    error,
  );
  if (spec.required) element.setAttribute('aria-required', 'true');
  const listeners: ((value: T | undefined) => void)[] = [];
  const read = () => (inputs.find((input) => input.checked)?.value as T | undefined) ?? undefined;
  for (const input of inputs) input.addEventListener('change', () => listeners.forEach((listener) => listener(read())));
  return {
    name: spec.name,
    element,
    value: read,
    set(value) {
      for (const input of inputs) input.checked = input.value === value;
    },
    setError(message) {
      error.textContent = message ?? '';
      error.hidden = !message;
      element.classList.toggle('invalid', Boolean(message));
      const described = [message ? errorId : undefined, spec.hint ? hintId : undefined].filter(Boolean).join(' ');
      if (described) element.setAttribute('aria-describedby', described);
      else element.removeAttribute('aria-describedby');
      for (const input of inputs) {
        if (message) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    },
    focus() {
      (inputs.find((input) => input.checked) ?? inputs[0])?.focus();
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
