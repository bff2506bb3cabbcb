import { h } from './dom.ts';
import { formatNumber } from './format.ts';

/** One refused line of an uploaded CSV: its number, the column at fault (none when the whole line is) and why. */
export interface LineProblem {
  readonly line: number;
  readonly column?: string | null;
  readonly message: string;
}

/** The refused lines of an uploaded CSV as a table (Baris, Kolom, Masalah), named by the heading `labelledBy`. */
export function lineProblemsTable(problems: readonly LineProblem[], labelledBy: string): HTMLTableElement {
  return h(
    'table',
    { class: 'data-table stack-table', 'aria-labelledby': labelledBy },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'num' }, 'Baris'), h('th', { scope: 'col' }, 'Kolom'), h('th', { scope: 'col' }, 'Masalah'))),
    h(
      'tbody',
      {},
      ...problems.map((problem) =>
        h(
          'tr',
          {},
          h('td', { class: 'num', 'data-label': 'Baris' }, formatNumber(problem.line)),
          h('td', { 'data-label': 'Kolom' }, problem.column ?? 'seluruh baris'),
          h('td', { 'data-label': 'Masalah' }, problem.message),
        ),
      ),
    ),
  );
}
