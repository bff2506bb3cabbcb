import { formatNumber, formatPercent } from '../../core/format.ts';
import type { Me } from '../../core/types.ts';

/** One person of `GET /api/units/{unitId}/trainings?year=`. */
export interface UnitJpPerson {
  readonly nip: string;
  readonly name: string;
  readonly jabatan: string;
  readonly totalJp: number;
  readonly targetJp: number;
  readonly remainingJp: number;
  readonly met: boolean;
}

/** `GET /api/units/{unitId}/trainings?year=`. */
export interface UnitJp {
  readonly unit: { readonly unitId: string; readonly name: string };
  readonly year: number;
  readonly people: readonly UnitJpPerson[];
  readonly metCount: number;
}

/** Who looks at a unit's JP: BKPSDM (admin), Inspektorat (auditor) and heads of units (pimpinan, their own unit). */
export function seesUnitJp(me: Pick<Me, 'roles'>): boolean {
  return me.roles.some((role) => role === 'admin' || role === 'auditor' || role === 'pimpinan');
}

/**
 * Furthest from the target first, so whoever needs training most heads the list: most JP still missing, then fewest
 * JP recorded (those who reached it, from the least), then by name and NIP so the order never shifts between loads.
 */
export function byDistanceFromTarget(people: readonly UnitJpPerson[]): UnitJpPerson[] {
  return [...people].sort((a, b) => b.remainingJp - a.remainingJp || a.totalJp - b.totalJp || a.name.localeCompare(b.name, 'id') || a.nip.localeCompare(b.nip));
}

/** "2 dari 5 pegawai mencapai 20 JP (40 %)"; a unit with nobody on record says so. */
export function unitJpSummary(view: Pick<UnitJp, 'people' | 'metCount'>, targetJp: number): string {
  if (view.people.length === 0) return 'Belum ada pegawai tercatat di unit ini.';
  const share = (view.metCount / view.people.length) * 100;
  return `${formatNumber(view.metCount)} dari ${formatNumber(view.people.length)} pegawai mencapai ${formatNumber(targetJp)} JP (${formatPercent(Math.round(share * 10) / 10)})`;
}

/** A person's standing against the target: "Tercapai" or "Belum tercapai (kurang 7,5 JP)". */
export function jpStanding(person: Pick<UnitJpPerson, 'met' | 'remainingJp'>): { readonly text: string; readonly met: boolean } {
  return person.met ? { text: 'Tercapai', met: true } : { text: `Belum tercapai (kurang ${formatNumber(person.remainingJp)} JP)`, met: false };
}
