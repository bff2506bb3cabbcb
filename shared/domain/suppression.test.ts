import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppress } from './suppression.ts';

/**
 * The hidden values (cells and column totals) that follow exactly from what is published: every visible cell,
 * every row total, every visible column total and the grand total. Found by linear algebra, independently of
 * how `suppress` reasons: a hidden value is recoverable when its unit vector lies in the row space of the
 * published equations.
 */
function recoverable(counts: number[][], table: ReturnType<typeof suppress>): string[] {
  const rows = counts.length;
  const columns = counts[0]!.length;
  const unknowns: string[] = [];
  const index = new Map<string, number>();
  const unknown = (name: string) => {
    if (!index.has(name)) index.set(name, unknowns.push(name) - 1);
    return index.get(name)!;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) if (typeof table.cells[r]![c] === 'string') unknown(`cell ${r},${c}`);
  for (let c = 0; c < columns; c++) if (table.columnTotals[c] === null) unknown(`total ${c}`);
  const equations: number[][] = [];
  const equation = (terms: string[], minus: string[] = []) => {
    const row = new Array<number>(unknowns.length).fill(0);
    for (const name of terms) if (index.has(name)) row[index.get(name)!]! += 1;
    for (const name of minus) if (index.has(name)) row[index.get(name)!]! -= 1;
    if (row.some((x) => x !== 0)) equations.push(row);
  };
  for (let r = 0; r < rows; r++) equation(Array.from({ length: columns }, (_, c) => `cell ${r},${c}`));
  for (let c = 0; c < columns; c++) equation(Array.from({ length: rows }, (_, r) => `cell ${r},${c}`), [`total ${c}`]);
  equation(Array.from({ length: columns }, (_, c) => `total ${c}`));
  const rank = (matrix: number[][]) => {
    const m = matrix.map((row) => [...row]);
    let rankSoFar = 0;
    for (let col = 0; col < unknowns.length && rankSoFar < m.length; col++) {
      const pivot = m.findIndex((row, i) => i >= rankSoFar && Math.abs(row[col]!) > 1e-9);
      if (pivot < 0) continue;
      [m[rankSoFar], m[pivot]] = [m[pivot]!, m[rankSoFar]!];
      for (let i = 0; i < m.length; i++) {
        if (i === rankSoFar) continue;
        const factor = m[i]![col]! / m[rankSoFar]![col]!;
        m[i] = m[i]!.map((x, j) => x - factor * m[rankSoFar]![j]!);
      }
      rankSoFar++;
    }
    return rankSoFar;
  };
  const base = rank(equations);
  return unknowns.filter((_, i) => rank([...equations, unknowns.map((__, j) => (j === i ? 1 : 0))]) === base);
}

const smallCellsHidden = (counts: number[][], table: ReturnType<typeof suppress>) =>
  counts.every((row, r) => row.every((n, c) => !(n > 0 && n < 5) || table.cells[r]![c] === '<5')) &&
  table.columnTotals.every((total) => total === null || total === 0 || total >= 5);

describe('small-cell suppression', () => {
  it('hides counts under the threshold and keeps zeros and large counts where nothing else is at stake', () => {
    const table = suppress([
      [12, 3, 0, 2],
      [30, 20, 6, 9],
    ]);
    expect(table.cells[0]![1]).toBe('<5');
    expect(table.cells[0]![3]).toBe('<5');
    expect(table.cells[0]![2]).toBe(0);
    expect(table.columnTotals).toEqual([42, 23, 6, 11]);
    expect(recoverable([[12, 3, 0, 2], [30, 20, 6, 9]], table)).toEqual([]);
  });

  it('hides a second cell when a row total would otherwise give the first one away', () => {
    const counts = [
      [40, 3, 20, 0],
      [35, 10, 8, 6],
    ];
    const table = suppress(counts);
    expect(table.cells[0]!.filter((c) => typeof c === 'string').length).toBeGreaterThanOrEqual(2);
    expect(table.cells[0]![1]).toBe('<5');
    expect(recoverable(counts, table)).toEqual([]);
  });

  it('protects columns too, against the column totals and the grand total', () => {
    const counts = [
      [40, 3, 20],
      [35, 10, 8],
      [30, 12, 9],
    ];
    expect(recoverable(counts, suppress(counts))).toEqual([]);
  });

  it('hides column totals when a single published unit leaves nothing else to hide', () => {
    const table = suppress([[1, 0, 1, 2]], 2);
    expect(table.cells).toEqual([['<2', 0, '<2', 2]]);
    expect(table.columnTotals).toEqual([null, 0, null, 2]);
  });

  it('closes the gaps a row-and-column rule leaves: a protecting cell that is its row\'s only count, and one hidden column total against the grand total', () => {
    // Hiding 10 to protect the 3 leaves row three's 20 hidden alone: its unit's total would give it back, then the 10, then the 3.
    const chain = [
      [3, 4, 0],
      [0, 3, 10],
      [0, 0, 20],
    ];
    expect(recoverable(chain, suppress(chain))).toEqual([]);
    const lonely = [
      [3, 0, 10],
      [0, 0, 20],
    ];
    expect(recoverable(lonely, suppress(lonely))).toEqual([]);
    expect(smallCellsHidden(lonely, suppress(lonely))).toBe(true);
  });

  it('never leaves a hidden count recoverable, and hides every small one, on any published table', () => {
    // Published rows: units of at least the threshold (smaller ones are withheld whole), over two or more columns.
    const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 60 }));
    const table = fc.integer({ min: 2, max: 6 }).chain((columns) =>
      fc.array(fc.array(count, { minLength: columns, maxLength: columns }).filter((row) => row.reduce((a, b) => a + b, 0) >= 5), { minLength: 1, maxLength: 10 }),
    );
    fc.assert(
      fc.property(table, (counts) => {
        const suppressed = suppress(counts);
        expect(recoverable(counts, suppressed), JSON.stringify({ counts, suppressed })).toEqual([]);
        expect(smallCellsHidden(counts, suppressed)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('hides a column total under the threshold too, and a second total so the grand total does not give it back', () => {
    const counts = [
      [20, 2, 10],
      [30, 0, 15],
    ];
    const table = suppress(counts);
    expect(table.columnTotals[1]).toBeNull();
    expect(table.columnTotals.filter((total) => total === null).length).toBeGreaterThanOrEqual(2);
    expect(recoverable(counts, table)).toEqual([]);
  });

  it('hides no more than it must when no count is small', () => {
    const table = suppress([
      [12, 30, 0],
      [8, 0, 15],
    ]);
    expect(table.cells).toEqual([
      [12, 30, 0],
      [8, 0, 15],
    ]);
    expect(table.columnTotals).toEqual([20, 30, 15]);
  });
});
