import { describe, expect, it } from 'vitest';
import type { Role } from '../../core/types.ts';
import { choosesUnit } from '../../core/unit-select.ts';
import { byDistanceFromTarget, jpStanding, seesUnitJp, unitJpSummary, type UnitJpPerson } from './unit-jp-model.ts';

const person = (name: string, totalJp: number, nip = `1990010120150310${name.length}`): UnitJpPerson => ({
  nip,
  name,
  jabatan: 'Pranata Komputer',
  totalJp,
  targetJp: 20,
  remainingJp: Math.max(0, 20 - totalJp),
  met: totalJp >= 20,
});

describe('byDistanceFromTarget', () => {
  it('puts whoever misses the most JP first, then those who reached it from the fewest JP, ties by name', () => {
    const people = [person('Yusuf', 24), person('Wa Ode', 12.5), person('Andi', 0), person('Budi', 20), person('Ahmad', 12.5), person('Citra', 40)];
    expect(byDistanceFromTarget(people).map((p) => p.name)).toEqual(['Andi', 'Ahmad', 'Wa Ode', 'Budi', 'Yusuf', 'Citra']);
  });

  it('leaves the list it was given alone', () => {
    const people = [person('B', 30), person('A', 0)];
    byDistanceFromTarget(people);
    expect(people.map((p) => p.name)).toEqual(['B', 'A']);
  });
});

describe('unitJpSummary', () => {
  it('says how many reached the target and the share, in Indonesian', () => {
    expect(unitJpSummary({ people: [person('A', 20), person('B', 1), person('C', 0)], metCount: 1 }, 20)).toBe('1 dari 3 pegawai mencapai 20 JP (33,3\u00a0%)');
    expect(unitJpSummary({ people: [person('A', 20)], metCount: 1 }, 20)).toBe('1 dari 1 pegawai mencapai 20 JP (100\u00a0%)');
  });

  it('says so when the unit has nobody on record', () => {
    expect(unitJpSummary({ people: [], metCount: 0 }, 20)).toBe('Belum ada pegawai tercatat di unit ini.');
  });
});

describe('jpStanding', () => {
  it('reads met or how much is missing', () => {
    expect(jpStanding({ met: true, remainingJp: 0 })).toEqual({ text: 'Tercapai', met: true });
    expect(jpStanding({ met: false, remainingJp: 7.5 })).toEqual({ text: 'Belum tercapai (kurang 7,5 JP)', met: false });
  });
});

describe('who sees it', () => {
  it('admins, auditors and heads of units see a unit JP; only admins and auditors pick the unit', () => {
    const roleSets: Role[][] = [[], ['pimpinan'], ['auditor'], ['admin']];
    expect(roleSets.map((roles) => seesUnitJp({ roles }))).toEqual([false, true, true, true]);
    expect(roleSets.map((roles) => choosesUnit({ roles }))).toEqual([false, false, true, true]);
  });
});
