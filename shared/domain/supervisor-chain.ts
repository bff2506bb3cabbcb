/**
 * The supervisor tree (atasan langsung). Every question here walks up the chain through a lookup,
 * so the same rules serve an import (file rows over stored data) and the data check (stored data only).
 */

/** The direct supervisor of `nip`, or undefined at the top of the tree or when unknown. */
export type SupervisorOf = (nip: string) => string | undefined;

/**
 * The cycle that giving `nip` the supervisor `supervisorNip` would close, as the chain
 * `[nip, supervisorNip, …, nip]`; undefined when the chain ends. A loop further up that does not
 * pass through `nip` is not this change's doing, so it ends the walk without blaming `nip`.
 */
export function cycleClosedBy(nip: string, supervisorNip: string, supervisorOf: SupervisorOf): string[] | undefined {
  const chain = [nip];
  const seen = new Set(chain);
  for (let current: string | undefined = supervisorNip; current !== undefined; current = supervisorOf(current)) {
    chain.push(current);
    if (current === nip) return chain;
    if (seen.has(current)) return undefined;
    seen.add(current);
  }
  return undefined;
}

/**
 * Every distinct cycle reachable from `nips`, each once, as its members starting from the smallest NIP
 * (so the same loop is reported the same way whichever member the walk started from).
 */
export function findCycles(nips: Iterable<string>, supervisorOf: SupervisorOf): string[][] {
  const cycles: string[][] = [];
  const settled = new Set<string>();
  for (const start of nips) {
    if (settled.has(start)) continue;
    const position = new Map<string, number>();
    const path: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !settled.has(current) && !position.has(current)) {
      position.set(current, path.length);
      path.push(current);
      current = supervisorOf(current);
    }
    if (current !== undefined && position.has(current)) cycles.push(canonical(path.slice(position.get(current))));
    for (const nip of path) settled.add(nip);
  }
  return cycles;
}

function canonical(cycle: string[]): string[] {
  const smallest = cycle.indexOf([...cycle].sort()[0]!);
  return [...cycle.slice(smallest), ...cycle.slice(0, smallest)];
}

/** `A → B → A`, for messages. */
export function describeChain(chain: readonly string[]): string {
  return chain.join(' → ');
}
