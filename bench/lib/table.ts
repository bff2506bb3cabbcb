/** One line of the printed table: a figure, the baseline it is judged against, and the target it must meet. */
export interface Row {
  readonly section: string;
  readonly metric: string;
  readonly value: string;
  readonly baseline?: string;
  /** value ÷ baseline, both measured in the same run. */
  readonly ratio?: number;
  readonly target?: string;
  /** Set when the row has a target: whether the figure misses it. */
  readonly over?: boolean;
}

export const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(value >= 10 ? 1 : 2)} ms`);
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const times = (ratio: number) => `${ratio.toFixed(2)}×`;

export function renderTable(rows: readonly Row[]): string {
  const header = ['section', 'metric', 'value', 'baseline', 'ratio', 'target', ''];
  const cells = rows.map((row) => [
    row.section,
    row.metric,
    row.value,
    row.baseline ?? '',
    row.ratio === undefined ? '' : times(row.ratio),
    row.target ?? '',
    row.over === undefined ? '' : row.over ? 'OVER' : 'ok',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((line) => line[i]!.length)));
  const line = (values: readonly string[]) => values.map((value, i) => (i >= 2 && i <= 4 ? value.padStart(widths[i]!) : value.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
