import { ulid } from 'ulid';
import { expect } from 'vitest';
import { handler as finalize } from '../functions/http/post-team-assessment-finalize.ts';
import { handler as putAssessment } from '../functions/http/put-team-assessment.ts';
import { putEmployee } from '../shared/data/employee-repository.ts';
import { createPeriod } from '../shared/data/period-repository.ts';
import { putReportInOpenPeriod } from '../shared/data/report-repository.ts';
import { BERAKHLAK_KEYS } from '../shared/domain/berakhlak.ts';
import type { Employee } from '../shared/domain/people.ts';
import { definePeriod, type Period } from '../shared/domain/period.ts';
import type { ReportStatus } from '../shared/domain/report.ts';
import { recordPeriodRoster } from '../shared/services/roster.ts';
import { call } from './http.ts';
import { people, seedOrg } from './org-fixture.ts';

/**
 * A deeper Dinas Kesehatan for the digest and escalation tests, with what each supervisor still owes in November 2026
 * (closes Saturday 5 December 2026, 23:59 WITA):
 *
 *   head (kadis) → supervisor (kabid) → staff        2 reports to verify, not assessed
 *                                     → colleague    assessment still a draft
 *                                     → kasi         done
 *                                         → koordinator  done
 *                                             → pelaksana  1 report to verify, not assessed
 *   head assesses supervisor: not assessed.   otherSupervisor (Disdik) → guru: done.
 *
 * Everyone's address is this run's own (`<who>+<run>@…`): the SES stand-in's store is shared.
 */
export const run = Math.random().toString(36).slice(2, 8);
export const address = (who: string) => `${who}+${run}@example.kendari.go.id`;

const more = {
  kasi: { nip: '198205102008011002', name: 'La Ode Kasim', email: '', jabatan: 'Kepala Seksi Surveilans', golongan: 'III/d', unitId: 'dinkes', supervisorNip: people.supervisor.nip, roles: [] },
  koordinator: { nip: '198609222010012003', name: 'Sitti Rahma Koordinator', email: '', jabatan: 'Koordinator Imunisasi', golongan: 'III/c', unitId: 'dinkes', supervisorNip: '198205102008011002', roles: [] },
  pelaksana: { nip: '199411032019031007', name: 'Muh. Pelaksana Imunisasi', email: '', jabatan: 'Pengelola Data Imunisasi', golongan: 'II/c', unitId: 'dinkes', supervisorNip: '198609222010012003', roles: [] },
  guru: { nip: '198912152014022001', name: 'Wa Ode Guru Sekolah', email: '', jabatan: 'Guru Ahli Pertama', golongan: 'III/a', unitId: 'disdik', supervisorNip: people.otherSupervisor.nip, roles: [] },
} satisfies Record<string, Employee>;

export const team = { ...people, ...more };
export type Who = keyof typeof team;

export const november: Period = definePeriod('BULANAN', 2026, 11, 5);

async function report(nip: string, status: ReportStatus, day: string) {
  const createdAt = `2026-11-${day}T02:00:00.000Z`;
  await putReportInOpenPeriod({ reportId: ulid(Date.parse(createdAt)), nip, periodId: november.periodId, date: `2026-11-${day}`, activity: 'Rekap data', status, createdAt });
}

async function assess(assessor: Employee, nip: string, finalise: boolean) {
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, 'SESUAI']));
  const as = { nip: assessor.nip };
  const body = { hasilKerja: { rating: 'SESUAI', reason: 'Sesuai bukti.' }, perilaku: { rating: 'SESUAI', values }, feedback: 'Umpan balik.', version: 0 };
  expect((await call(putAssessment, { as, params: { nip, periodId: november.periodId }, body })).status).toBe(200);
  if (finalise) expect((await call(finalize, { as, params: { nip, periodId: november.periodId }, body: { version: 1 } })).status).toBe(200);
}

export async function seedOwedWork(): Promise<void> {
  await seedOrg();
  for (const [who, person] of Object.entries(team)) await putEmployee({ ...person, email: address(who) });
  await createPeriod(november);
  await recordPeriodRoster(november.periodId, new Date('2026-11-01T00:05:00Z'));
  await report(team.staff.nip, 'DIAJUKAN', '10');
  await report(team.staff.nip, 'DIAJUKAN', '11');
  await report(team.colleague.nip, 'SESUAI', '12');
  await report(team.pelaksana.nip, 'DIAJUKAN', '13');
  await assess(team.supervisor, team.colleague.nip, false);
  await assess(team.supervisor, team.kasi.nip, true);
  await assess(team.kasi, team.koordinator.nip, true);
  await assess(team.otherSupervisor, team.guru.nip, true);
}

/** 08:00 WITA on a date. */
export const at = (date: string) => new Date(`${date}T00:00:00Z`);
