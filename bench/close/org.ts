import { seededRandom } from '../../infra/local/demo-org.ts';
import { DEFAULT_ASSESSMENT_POLICY } from '../../shared/domain/assessment-policy.ts';
import { draftAssessment, finalizeAssessment, type Assessment } from '../../shared/domain/assessment.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import { isValidNip } from '../../shared/domain/nip.ts';
import type { Employee, Unit } from '../../shared/domain/people.ts';
import type { Rating } from '../../shared/domain/quadrant.ts';
import { rosterEntryOf, type RosterEntry } from '../../shared/domain/roster.ts';

/**
 * A synthetic city of `size` employees for the close bench: units of about 50, each with a head who
 * supervises the rest, and a Sekretaris Daerah over the heads. Deterministic (seeded), so runs compare.
 * NIPs are valid (checked): birth date, TMT CPNS after it, gender digit, sequence.
 */
export const UNIT_SIZE = 50;

export interface SyntheticOrg {
  readonly units: Unit[];
  readonly employees: Employee[];
}

export function syntheticOrg(size: number, seed = 1130): SyntheticOrg {
  const next = seededRandom(seed);
  const usedNips = new Set<string>();
  const nipFor = (): string => {
    for (;;) {
      const birthYear = 1966 + Math.floor(next() * 34);
      const birth = `${birthYear}${two(1 + Math.floor(next() * 12))}${two(1 + Math.floor(next() * 28))}`;
      const appointed = `${birthYear + 22 + Math.floor(next() * 8)}${two(1 + Math.floor(next() * 12))}`;
      const nip = `${birth}${appointed}${next() < 0.5 ? 1 : 2}${String(1 + Math.floor(next() * 999)).padStart(3, '0')}`;
      if (!usedNips.has(nip) && isValidNip(nip)) {
        usedNips.add(nip);
        return nip;
      }
    }
  };
  const units: Unit[] = [];
  const employees: Employee[] = [];
  const unitCount = Math.max(1, Math.round(size / UNIT_SIZE));
  let sekdaNip: string | undefined;
  for (let u = 0; u < unitCount; u++) {
    const unitId = `opd-${String(u + 1).padStart(3, '0')}`;
    const members = Math.floor(size / unitCount) + (u < size % unitCount ? 1 : 0);
    const headNip = nipFor();
    units.push({ unitId, name: `Dinas Sintetis ${u + 1}`, headNip });
    employees.push(person(headNip, unitId, `Kepala Dinas Sintetis ${u + 1}`, 'IV/c', sekdaNip, ['pimpinan']));
    sekdaNip ??= headNip;
    for (let s = 1; s < members; s++) employees.push(person(nipFor(), unitId, 'Analis Kebijakan', 'III/b', headNip, []));
  }
  return { units, employees };
}

function person(nip: string, unitId: string, jabatan: string, golongan: string, supervisorNip: string | undefined, roles: Employee['roles']): Employee {
  return {
    nip,
    name: `Pegawai ${nip.slice(-6)}`,
    email: `p${nip}@bench.kendarikota.go.id`,
    jabatan,
    golongan,
    unitId,
    ...(supervisorNip ? { supervisorNip } : {}),
    roles,
  };
}

/** What one period holds per employee before it closes. */
export interface PeriodData {
  readonly roster: RosterEntry[];
  readonly assessments: Assessment[];
  /** Employees who reported at least once in the period. */
  readonly reporters: string[];
  /** Employees whose FINAL assessment is poor (their history is read at close). */
  readonly poor: string[];
}

/**
 * A period's roster, assessments and reporters, mixed roughly as a real city's would be:
 * 90 % FINAL (mostly BAIK, some SANGAT_BAIK, a few poor), 4 % still DRAFT, 6 % never assessed;
 * 85 % reported something. Assessments are made by the domain functions, so their shape is the real one.
 */
export function periodData(org: SyntheticOrg, periodId: string, now: Date, seed = 7): PeriodData {
  const next = seededRandom(seed);
  const roster = org.employees.map((employee) => rosterEntryOf(employee, periodId, now));
  const assessments: Assessment[] = [];
  const reporters: string[] = [];
  const poor: string[] = [];
  for (const entry of roster) {
    if (next() < 0.85) reporters.push(entry.nip);
    const roll = next();
    if (!entry.supervisorNip || roll >= 0.94) continue;
    const [hasilKerja, perilaku] = ratings(next());
    const draft = draftAssessment(undefined, entry, entry.supervisorNip, assessmentInput(hasilKerja, perilaku), undefined, 0, DEFAULT_ASSESSMENT_POLICY, now);
    const assessment = roll < 0.9 ? finalizeAssessment(draft, entry, entry.supervisorNip, draft.version, now) : draft;
    assessments.push(assessment);
    if (assessment.status === 'FINAL' && ['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'].includes(assessment.predikat)) poor.push(entry.nip);
  }
  return { roster, assessments, reporters, poor };
}

/** Hasil Kerja and Perilaku ratings: about 10 % Sangat Baik, 78 % Baik, 12 % below Baik. */
function ratings(roll: number): [Rating, Rating] {
  if (roll < 0.1) return ['DI_ATAS', 'DI_ATAS'];
  if (roll < 0.88) return ['SESUAI', 'SESUAI'];
  if (roll < 0.96) return ['DI_BAWAH', 'SESUAI'];
  if (roll < 0.99) return ['SESUAI', 'DI_BAWAH'];
  return ['DI_BAWAH', 'DI_BAWAH'];
}

function assessmentInput(hasilKerja: Rating, perilaku: Rating) {
  return {
    hasilKerja: { rating: hasilKerja },
    perilaku: { rating: perilaku, values: Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, perilaku])) as Record<(typeof BERAKHLAK_KEYS)[number], Rating> },
    feedback: 'Pertahankan ketepatan waktu pelaporan dan tingkatkan kualitas dokumen.',
  };
}

const two = (n: number) => String(n).padStart(2, '0');

