import { describe, expect, it } from 'vitest';
import { suppress } from './suppression.ts';

/** Whether any hidden cell's value follows from the visible cells and the published row and column totals. */
function recoverable(counts: number[][], table: ReturnType<typeof suppress>): boolean {
  for (let r = 0; r < counts.length; r++) {
    if (table.cells[r]!.filter((c) => typeof c === 'string').length === 1) return true;
  }
  for (let c = 0; c < counts[0]!.length; c++) {
    const hiddenInColumn = table.cells.filter((row) => typeof row[c] === 'string').length;
    if (hiddenInColumn === 1 && table.columnTotals[c] !== null) return true;
  }
  return false;
}

describe('small-cell suppression', () => {
  it('hides counts under the threshold and keeps zeros and large counts', () => {
    const table = suppress([[12, 3, 0, 2]]);
    expect(table.cells).toEqual([[12, '<5', 0, '<5']]);
  });

  it('hides a second cell when a row would otherwise give the first one away', () => {
    const table = suppress([
      [40, 3, 20, 0],
      [35, 10, 8, 6],
    ]);
    expect(table.cells[0]!.filter((c) => typeof c === 'string')).toHaveLength(2);
    expect(table.cells[0]![1]).toBe('<5');
  });

  it('protects columns too, hiding a column total when nothing else can be hidden', () => {
    const counts = [
      [40, 3, 20],
      [35, 10, 8],
      [30, 12, 9],
    ];
    const table = suppress(counts);
    expect(recoverable(counts, table)).toBe(false);
  });

  it('never leaves a single hidden cell recoverable, on many random tables', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 300; i++) {
      const counts = Array.from({ length: 1 + Math.floor(random() * 6) }, () => Array.from({ length: 5 }, () => Math.floor(random() * random() * 40)));
      const table = suppress(counts);
      expect(recoverable(counts, table), JSON.stringify(counts)).toBe(false);
      counts.forEach((row, r) => row.forEach((n, c) => n > 0 && n < 5 && expect(table.cells[r]![c]).toBe('<5')));
    }
  });
});
