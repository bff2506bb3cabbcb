import { ApiError, NetworkError } from './api.ts';
import { h } from './dom.ts';

/** What to tell a person when a request failed: the server's own message, the network's, or a plain fallback. */
export function reasonOf(error: unknown): string {
  if (error instanceof ApiError || error instanceof NetworkError) return error.message;
  return 'Terjadi kesalahan yang tidak terduga. Silakan coba lagi.';
}

/** An alert with the reason and, when given, a "Coba lagi" button. */
export function errorNotice(lead: string, error: unknown, retry?: () => void): HTMLElement {
  return h(
    'div',
    { class: 'notice error', role: 'alert' },
    h('p', {}, `${lead} ${reasonOf(error)}`.trim()),
    retry ? h('button', { type: 'button', class: 'button secondary small', onclick: retry }, 'Coba lagi') : null,
  );
}

export function notice(tone: 'info' | 'success' | 'error', text: string | Node, role?: 'status' | 'alert'): HTMLElement {
  return h('p', { class: `notice ${tone}`, role }, text);
}

/** Replaces a slot's content with a message, or empties it. */
export function show(slot: HTMLElement, ...content: (Node | null | undefined | false)[]): void {
  slot.replaceChildren(...content.filter((node): node is Node => node instanceof Node));
}

export function badge(className: string, text: string): HTMLElement {
  return h('span', { class: className }, text);
}

/** "← Tim saya": the way back up from an inner page. */
export function backLink(href: string, text: string): HTMLElement {
  return h('p', { class: 'back-link' }, h('a', { href }, h('span', { 'aria-hidden': 'true' }, '← '), text));
}

/** A term/description pair for `<dl class="facts">`. */
export function fact(term: string, ...detail: (Node | string)[]): HTMLElement {
  return h('div', {}, h('dt', {}, term), h('dd', {}, ...detail));
}

/** Whether `busy()` is running for this button (a form checks it before asking or checking anything). */
export function isBusy(button: HTMLButtonElement): boolean {
  return button.getAttribute('aria-disabled') === 'true';
}

/** A button that can be pressed once at a time: `aria-disabled` keeps focus on it while the request runs. */
export async function busy<T>(button: HTMLButtonElement, busyText: string, run: () => Promise<T>): Promise<T | undefined> {
  if (isBusy(button)) return undefined;
  const label = button.textContent ?? '';
  button.setAttribute('aria-disabled', 'true');
  button.textContent = busyText;
  try {
    return await run();
  } finally {
    button.removeAttribute('aria-disabled');
    button.textContent = label;
  }
}
