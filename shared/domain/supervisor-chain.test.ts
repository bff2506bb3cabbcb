import { describe, expect, it } from 'vitest';
import { cycleClosedBy, describeChain, findCycles } from './supervisor-chain.ts';

const lookup = (edges: Record<string, string>) => (nip: string) => edges[nip];

describe('cycleClosedBy', () => {
  it('finds nothing when the chain reaches the top', () => {
    expect(cycleClosedBy('staff', 'kabid', lookup({ kabid: 'kadis', kadis: 'sekda' }))).toBeUndefined();
  });

  it('returns the loop that the new supervisor would close, from the person back to them', () => {
    expect(cycleClosedBy('kadis', 'staff', lookup({ staff: 'kabid', kabid: 'kadis' }))).toEqual(['kadis', 'staff', 'kabid', 'kadis']);
  });

  it('catches two people naming each other', () => {
    expect(cycleClosedBy('a', 'b', lookup({ b: 'a' }))).toEqual(['a', 'b', 'a']);
  });

  it('does not blame a person for a loop higher up that does not pass through them', () => {
    expect(cycleClosedBy('staff', 'x', lookup({ x: 'y', y: 'x' }))).toBeUndefined();
  });
});

describe('findCycles', () => {
  it('reports each loop once, starting from its smallest NIP, and ignores the people hanging below it', () => {
    const edges = lookup({ c: 'a', a: 'b', b: 'c', d: 'a', e: 'f', f: 'e', g: 'h' });
    expect(findCycles(['d', 'a', 'b', 'c', 'e', 'f', 'g', 'h'], edges)).toEqual([
      ['a', 'b', 'c'],
      ['e', 'f'],
    ]);
  });

  it('finds a person who is their own supervisor', () => {
    expect(findCycles(['a'], lookup({ a: 'a' }))).toEqual([['a']]);
  });

  it('finds none in a tree', () => {
    expect(findCycles(['a', 'b', 'c'], lookup({ b: 'a', c: 'b' }))).toEqual([]);
  });

  it('describes a chain for people', () => {
    expect(describeChain(['a', 'b', 'a'])).toBe('a → b → a');
  });
});
