/**
 * Small-cell suppression for published tables: a count below the threshold (default 5) could single a
 * person out, so it is shown as "<5". A row total or column total would then give it back by subtraction,
 * so every row and column that has one hidden cell gets a second one hidden too (the smallest visible one),
 * repeated until no line has exactly one. Zeros stay visible: "nobody in this unit" identifies no one.
 */
export type Cell = number | `<${number}`;

export interface SuppressedTable {
  readonly cells: Cell[][];
  /** Column totals, hidden (null) where a hidden cell could otherwise be recovered from them. */
  readonly columnTotals: (number | null)[];
}

export function suppress(counts: readonly (readonly number[])[], threshold = 5): SuppressedTable {
  const hidden = counts.map((row) => row.map((n) => n > 0 && n < threshold));
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  const hiddenColumnTotals = new Set<number>();

  for (let changed = true; changed; ) {
    changed = false;
    for (let r = 0; r < rows; r++) {
      if (hidden[r]!.filter(Boolean).length !== 1) continue;
      const next = smallestVisible(counts[r]!.map((n, c) => ({ n, at: c })), (c) => hidden[r]![c]!);
      if (next !== undefined) {
        hidden[r]![next] = true;
        changed = true;
      }
    }
    for (let c = 0; c < columns; c++) {
      const hiddenInColumn = hidden.filter((row) => row[c]).length;
      if (hiddenInColumn !== 1 || hiddenColumnTotals.has(c)) continue;
      const next = smallestVisible(counts.map((row, r) => ({ n: row[c]!, at: r })), (r) => hidden[r]![c]!);
      if (next !== undefined) hidden[next]![c] = true;
      else hiddenColumnTotals.add(c);
      changed = true;
    }
  }

  return {
    cells: counts.map((row, r) => row.map((n, c) => (hidden[r]![c] ? (`<${threshold}` as const) : n))),
    columnTotals: Array.from({ length: columns }, (_, c) => (hiddenColumnTotals.has(c) ? null : counts.reduce((sum, row) => sum + row[c]!, 0))),
  };
}

/** The smallest cell not yet hidden and above zero; hiding a zero would protect nothing. */
function smallestVisible(cells: { n: number; at: number }[], isHidden: (at: number) => boolean): number | undefined {
  return cells.filter((cell) => !isHidden(cell.at) && cell.n > 0).sort((a, b) => a.n - b.n || a.at - b.at)[0]?.at;
}
