import type { Employee, Unit } from './people.ts';
import { describeChain, findCycles } from './supervisor-chain.ts';

/**
 * What must be fixed in the organisation data before a period can run: every employee needs an
 * assessor (atasan langsung) who exists, no chain may loop, mail needs one address per person,
 * and every unit needs its head. Pure: the service gathers the data, this judges it.
 */
export interface OrganisationSnapshot {
  readonly units: readonly Unit[];
  /** The members of every listed unit. */
  readonly members: readonly Employee[];
  /** People named as supervisors who are not members of a listed unit, with their own chains; a NIP missing here does not exist. */
  readonly outsiders: ReadonlyMap<string, Employee>;
}

export const FINDING_LABELS = {
  TANPA_ATASAN: 'Pegawai tanpa atasan langsung (selain kepala unit)',
  ATASAN_TIDAK_DITEMUKAN: 'NIP atasan tidak terdaftar sebagai pegawai',
  ATASAN_MELINGKAR: 'Rantai atasan melingkar',
  EMAIL_KOSONG: 'Pegawai tanpa alamat email',
  EMAIL_GANDA: 'Alamat email dipakai lebih dari satu pegawai',
  UNIT_TANPA_KEPALA: 'Unit tanpa kepala unit',
  UNIT_TIDAK_TERDAFTAR: 'Atasan yang tercatat pada kode unit yang tidak terdaftar',
} as const;
export type FindingCode = keyof typeof FINDING_LABELS;

export interface Finding {
  readonly code: FindingCode;
  readonly label: string;
  readonly count: number;
  readonly items: readonly Record<string, unknown>[];
}

export interface DataCheck {
  /** True when nothing needs fixing. */
  readonly ready: boolean;
  readonly totals: { readonly units: number; readonly employees: number };
  /** Every check, in a fixed order, including those with nothing to report. */
  readonly findings: Finding[];
}

const person = (employee: Employee) => ({ nip: employee.nip, name: employee.name, unitId: employee.unitId });

export function checkOrganisation({ units, members, outsiders }: OrganisationSnapshot): DataCheck {
  const sorted = [...members].sort((a, b) => a.unitId.localeCompare(b.unitId) || a.name.localeCompare(b.name, 'id') || a.nip.localeCompare(b.nip));
  const byNip = new Map<string, Employee>([...outsiders, ...sorted.map((e) => [e.nip, e] as const)]);
  const unitIds = new Set(units.map((unit) => unit.unitId));
  // The top of the tree is whoever heads their own unit: the Sekretaris Daerah, and heads whose assessor
  // (the Wali Kota) is not an employee. Anyone else without a supervisor has nobody to assess them.
  const heads = new Set(units.flatMap((unit) => (unit.headNip ? [`${unit.unitId}#${unit.headNip}`] : [])));

  const withoutSupervisor = sorted.filter((e) => !e.supervisorNip && !heads.has(`${e.unitId}#${e.nip}`)).map(person);
  const supervisorMissing = sorted
    .filter((e) => e.supervisorNip && !byNip.has(e.supervisorNip))
    .map((e) => ({ ...person(e), supervisorNip: e.supervisorNip }));
  const cycles = findCycles(
    sorted.map((e) => e.nip),
    (nip) => byNip.get(nip)?.supervisorNip,
  ).map((nips) => ({ nips, chain: describeChain([...nips, nips[0]!]) }));
  const withoutEmail = sorted.filter((e) => !e.email?.trim()).map(person);

  const byEmail = new Map<string, Employee[]>();
  for (const employee of sorted) {
    const email = employee.email?.trim().toLowerCase();
    if (email) byEmail.set(email, [...(byEmail.get(email) ?? []), employee]);
  }
  const sharedEmails = [...byEmail].filter(([, owners]) => owners.length > 1).map(([email, owners]) => ({ email, employees: owners.map(person) }));

  const unitsWithoutHead = [...units]
    .sort((a, b) => a.unitId.localeCompare(b.unitId))
    .flatMap((unit) => {
      if (!unit.headNip) return [{ unitId: unit.unitId, name: unit.name, reason: 'Kepala unit belum ditetapkan.' }];
      if (byNip.get(unit.headNip)?.unitId === unit.unitId) return [];
      return [{ unitId: unit.unitId, name: unit.name, headNip: unit.headNip, reason: `Kepala unit (NIP ${unit.headNip}) bukan pegawai unit ini.` }];
    });
  const unlistedUnits = [...outsiders.values()].filter((e) => !unitIds.has(e.unitId)).map(person);

  const findings = [
    finding('TANPA_ATASAN', withoutSupervisor),
    finding('ATASAN_TIDAK_DITEMUKAN', supervisorMissing),
    finding('ATASAN_MELINGKAR', cycles),
    finding('EMAIL_KOSONG', withoutEmail),
    finding('EMAIL_GANDA', sharedEmails),
    finding('UNIT_TANPA_KEPALA', unitsWithoutHead),
    finding('UNIT_TIDAK_TERDAFTAR', unlistedUnits),
  ];
  return { ready: findings.every((f) => f.count === 0), totals: { units: units.length, employees: sorted.length }, findings };
}

function finding(code: FindingCode, items: Record<string, unknown>[]): Finding {
  return { code, label: FINDING_LABELS[code], count: items.length, items };
}
