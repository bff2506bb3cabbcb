/**
 * Small-cell suppression for published tables: a count below the threshold (default 5) could single a
 * person out, so it is hidden and shown as "<5" (a column total too). The row totals (a unit's number of employees), the column
 * totals and their grand total are published too, so a hidden cell must not follow from them by subtraction.
 *
 * With every margin known, a hidden value can be worked out exactly when it is a bridge in the graph whose
 * vertices are the rows and columns and whose edges are the hidden cells (no cycle of hidden cells runs
 * through it). A column total counts as a cell of one more row, the totals row, whose own total (the grand
 * total) is known. So while some hidden cell is a bridge, the cheapest path of further cells joining its two
 * sides is hidden too, closing a cycle through it: a few non-zero counts, the smaller the better, before a
 * zero (hiding one protects, but says "<5" of nothing), before a column total (the city figures people read).
 * Every hidden cell is shown the same way, so which ones were hidden to protect others cannot be told apart.
 */
export type Cell = number | `<${number}`;

export interface SuppressedTable {
  readonly cells: Cell[][];
  /** Column totals, hidden (null) where a hidden cell could otherwise be recovered from them. */
  readonly columnTotals: (number | null)[];
}

export function suppress(counts: readonly (readonly number[])[], threshold = 5): SuppressedTable {
  const grid = new HiddenCells(counts);
  const small = (n: number) => n > 0 && n < threshold;
  counts.forEach((row, r) => row.forEach((n, c) => small(n) && grid.hide(r, c)));
  // A city total is a count too: two people in a column across all units are still two people.
  counts[0]?.forEach((_, c) => small(counts.reduce((sum, row) => sum + row[c]!, 0)) && grid.hide(grid.totalsRow, c));
  for (let bridge = grid.firstBridge(); bridge; bridge = grid.firstBridge()) {
    const path = grid.cheapestJoin(bridge);
    if (path.length === 0) break;
    for (const vertex of path) grid.hide(vertex.row, vertex.column);
  }
  return {
    cells: counts.map((row, r) => row.map((n, c) => (grid.isHidden(r, c) ? (`<${threshold}` as const) : n))),
    columnTotals: counts[0]?.map((_, c) => (grid.isHidden(grid.totalsRow, c) ? null : counts.reduce((sum, row) => sum + row[c]!, 0))) ?? [],
  };
}

interface Position {
  readonly row: number;
  readonly column: number;
}

/**
 * The table as a graph: vertex `r` for each row (the totals row is the last), vertex `rows + c` for each
 * column, and an edge for each hidden cell.
 */
class HiddenCells {
  readonly totalsRow: number;
  private readonly rows: number;
  private readonly columns: number;
  private readonly hidden = new Set<string>();

  constructor(private readonly counts: readonly (readonly number[])[]) {
    this.totalsRow = counts.length;
    this.rows = counts.length + 1;
    this.columns = counts[0]?.length ?? 0;
  }

  hide(row: number, column: number): void {
    this.hidden.add(`${row},${column}`);
  }

  isHidden(row: number, column: number): boolean {
    return this.hidden.has(`${row},${column}`);
  }

  /** The first hidden cell (in reading order) on no cycle of hidden cells, by Tarjan's bridge search. */
  firstBridge(): Position | undefined {
    const order = new Map<number, number>();
    const low = new Map<number, number>();
    const bridges: Position[] = [];
    const visit = (vertex: number, via: Position | undefined) => {
      order.set(vertex, order.size);
      low.set(vertex, order.get(vertex)!);
      for (const { to, cell } of this.hiddenEdges(vertex)) {
        if (via && cell.row === via.row && cell.column === via.column) continue;
        if (order.has(to)) low.set(vertex, Math.min(low.get(vertex)!, order.get(to)!));
        else {
          visit(to, cell);
          low.set(vertex, Math.min(low.get(vertex)!, low.get(to)!));
          if (low.get(to)! > order.get(vertex)!) bridges.push(cell);
        }
      }
    };
    for (let vertex = 0; vertex < this.rows + this.columns; vertex++) if (!order.has(vertex)) visit(vertex, undefined);
    return bridges.sort((a, b) => a.row - b.row || a.column - b.column)[0];
  }

  /**
   * The cheapest cells to hide so that a path of hidden cells joins the bridge's row to its column without
   * the bridge itself (Dijkstra over the table; cells already hidden cost nothing).
   */
  cheapestJoin(bridge: Position): Position[] {
    const start = bridge.row;
    const goal = this.rows + bridge.column;
    const cost = new Map<number, number>([[start, 0]]);
    const back = new Map<number, { from: number; cell: Position }>();
    const done = new Set<number>();
    for (;;) {
      let at: number | undefined;
      for (const [vertex, c] of cost) if (!done.has(vertex) && (at === undefined || c < cost.get(at)!)) at = vertex;
      if (at === undefined) return [];
      if (at === goal) break;
      done.add(at);
      for (const { to, cell } of this.allEdges(at)) {
        if (cell.row === bridge.row && cell.column === bridge.column) continue;
        const next = cost.get(at)! + this.price(cell);
        if (next < (cost.get(to) ?? Number.POSITIVE_INFINITY)) {
          cost.set(to, next);
          back.set(to, { from: at, cell });
        }
      }
    }
    const path: Position[] = [];
    for (let vertex = goal; vertex !== start; vertex = back.get(vertex)!.from) {
      const { cell } = back.get(vertex)!;
      if (!this.isHidden(cell.row, cell.column)) path.push(cell);
    }
    return path;
  }

  /** What hiding a cell costs: nothing if it already is; a non-zero count little, a zero more, a column total most; the smaller the cheaper. */
  private price({ row, column }: Position): number {
    if (this.isHidden(row, column)) return 0;
    if (row === this.totalsRow) return 100 + this.counts.reduce((sum, counts) => sum + counts[column]!, 0) / 1e6;
    const n = this.counts[row]![column]!;
    return n > 0 ? 1 + n / 1e6 : 10;
  }

  private *allEdges(vertex: number): Generator<{ to: number; cell: Position }> {
    if (vertex < this.rows) for (let column = 0; column < this.columns; column++) yield { to: this.rows + column, cell: { row: vertex, column } };
    else for (let row = 0; row < this.rows; row++) yield { to: row, cell: { row, column: vertex - this.rows } };
  }

  private *hiddenEdges(vertex: number): Generator<{ to: number; cell: Position }> {
    for (const edge of this.allEdges(vertex)) if (this.isHidden(edge.cell.row, edge.cell.column)) yield edge;
  }
}
