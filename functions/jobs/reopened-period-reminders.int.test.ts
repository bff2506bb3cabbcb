import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { getAssessment } from '../../shared/data/assessment-repository.ts';
import { getClosingPeriod } from '../../shared/data/close-repository.ts';
import { putEmployee } from '../../shared/data/employee-repository.ts';
import { createPeriod } from '../../shared/data/period-repository.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import type { Employee } from '../../shared/domain/people.ts';
import { definePeriod } from '../../shared/domain/period.ts';
import type { Actor } from '../../shared/domain/roles.ts';
import { reopenFinalAssessment } from '../../shared/services/assessment-reopen.ts';
import { finalizeOwnTeamAssessment, saveAssessment } from '../../shared/services/assessment.ts';
import { closePeriod } from '../../shared/services/close.ts';
import { sendEscalations } from '../../shared/services/escalations.ts';
import { drainNotices } from '../../shared/services/notice-drain.ts';
import { reopenPeriod } from '../../shared/services/period-reopen.ts';
import { sendWeeklyNudges } from '../../shared/services/reminders.ts';
import { verifyTeamReport } from '../../shared/services/report-verification.ts';
import { reviseOwnReport, submitReport } from '../../shared/services/reports.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { sendSupervisorDigests } from '../../shared/services/supervisor-digests.ts';
import { address, at, team, type Who } from '../../test/follow-up-fixture.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { seedOrg } from '../../test/org-fixture.ts';
import { mailsTo, type StoredMail } from '../../test/ses-faults.ts';
import { followUpTestSettings } from '../../test/mail-settings.ts';

/**
 * The follow-up jobs around a period BKPSDM reopened for corrections. September 2026 is worked and closed in
 * October, with leftovers (a report nobody verified, a draft never finalised) that the first round's digest and
 * escalation already chased. Reopened on Monday 14 December at 09:00 WITA (closing again Monday 21 December, 23:59),
 * only what the reopen is for is owed again; December 2026 is the month's own open period meanwhile. A second reopen
 * on 29 December closes with December (5 January 2027), so both are due on the same mornings. Time is injected
 * throughout: every use case is called with its own `now`, the closes run through the local bus.
 *
 *   head (kadis) → supervisor (kabid) → staff, colleague, kasi → koordinator → pelaksana;  otherSupervisor → guru
 */
const settings = followUpTestSettings;
const nudgeSettings = { ...settings, quietWorkingDays: 5 };

const september = definePeriod('BULANAN', 2026, 9, 5);
const december = definePeriod('BULANAN', 2026, 12, 5);
/** A WITA wall-clock time. */
const wita = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const actor = (who: Employee, roles: Actor['roles'] = []): Actor => ({ nip: who.nip, sub: who.nip, roles });
const admin = actor(team.admin, ['admin']);

let system: LocalSystem;
/** The first round's reports: one verified, two left unverified at its close. */
const reports: Record<'staffVerified' | 'colleagueLeftover' | 'pelaksanaLeftover', string> = { staffVerified: '', colleagueLeftover: '', pelaksanaLeftover: '' };

async function report(who: Employee, date: string, now: Date): Promise<string> {
  return (await submitReport(actor(who), { date, activity: `Kegiatan ${date}` }, now)).report.reportId;
}

async function assess(assessor: Employee, who: Employee, periodId: string, now: Date, finalise = true): Promise<void> {
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, 'SESUAI'])) as never;
  const input = { hasilKerja: { rating: 'SESUAI' as const, reason: 'Sesuai bukti dukung.' }, perilaku: { rating: 'SESUAI' as const, values }, feedback: 'Umpan balik.' };
  const current = await getAssessment(who.nip, periodId);
  const saved = await saveAssessment(actor(assessor), who.nip, periodId, input, current?.version ?? 0, now);
  if (finalise) await finalizeOwnTeamAssessment(actor(assessor), who.nip, periodId, saved.version, new Date(now.getTime() + 60_000));
}

async function closeAndSettle(periodId: string, now: Date): Promise<void> {
  await closePeriod(periodId, now);
  await system.bus.idle();
  await drainNotices();
  expect(system.deadLetters).toEqual([]);
  expect(await getClosingPeriod(periodId)).toMatchObject({ status: 'CLOSED', closedEvent: 'PUBLISHED' });
}

const mailsWith = async (who: Who, subject: (s: string) => boolean): Promise<StoredMail[]> => (await mailsTo(address(who))).filter((m) => subject(m.subject));
const digestsTo = (who: Who) => mailsWith(who, (s) => s.includes('menunggu verifikasi atau penilaian'));
const escalationsTo = (who: Who) => mailsWith(who, (s) => s.startsWith('Eskalasi e-Kinerja'));
const nudgesTo = (who: Who) => mailsWith(who, (s) => s === 'Pengingat e-Kinerja: laporkan kegiatan minggu ini');
async function countsOf(mails: (who: Who) => Promise<StoredMail[]>): Promise<Partial<Record<Who, number>>> {
  const counts: Partial<Record<Who, number>> = {};
  for (const who of Object.keys(team) as Who[]) {
    const n = (await mails(who)).length;
    if (n > 0) counts[who] = n;
  }
  return counts;
}
/** The lines of a digest or escalation: headings as they are, people as `- …`. */
const linesOf = (mail: StoredMail) => mail.body.text!.split('\n').filter((line) => /^(- |Periode [A-Z])|, periode [A-Z]/.test(line));
const latest = (mails: StoredMail[]) => mails.at(-1)!;
const line = (who: Employee, owed: string) => `- ${who.name} (${who.jabatan}): ${owed}`;

beforeAll(async () => {
  await seedOrg();
  for (const [who, person] of Object.entries(team)) await putEmployee({ ...person, email: address(who) });
  system = await startTestSystem();

  await createPeriod(september);
  await recordPeriodRoster(september.periodId, wita('2026-09-01', '00:05'));
  reports.staffVerified = await report(team.staff, '2026-09-10', wita('2026-09-10', '10:00'));
  await verifyTeamReport(actor(team.supervisor), team.staff.nip, reports.staffVerified, { periodId: september.periodId, status: 'SESUAI' }, wita('2026-09-11', '09:00'));
  reports.colleagueLeftover = await report(team.colleague, '2026-09-15', wita('2026-09-15', '10:00'));
  reports.pelaksanaLeftover = await report(team.pelaksana, '2026-09-16', wita('2026-09-16', '10:00'));
  for (const who of [team.staff, team.colleague, team.kasi]) await assess(team.supervisor, who, september.periodId, wita('2026-09-28', '10:00'));
  await assess(team.head, team.supervisor, september.periodId, wita('2026-09-28', '11:00'));
  await assess(team.kasi, team.koordinator, september.periodId, wita('2026-09-28', '12:00'));
  await assess(team.otherSupervisor, team.guru, september.periodId, wita('2026-09-28', '13:00'));
  await assess(team.koordinator, team.pelaksana, september.periodId, wita('2026-09-29', '10:00'), false);

  // December opens on its first day, as the open-periods job opens it.
  await createPeriod(december);
  await recordPeriodRoster(december.periodId, wita('2026-12-01', '00:05'));
}, 120_000);

afterAll(() => system?.stop());

describe('the first round of a period, before any reopen', () => {
  it('is chased as usual: a digest before the close, the escalation after it', async () => {
    expect(await sendSupervisorDigests(at('2026-10-01'), settings)).toMatchObject({ sent: 2, periods: [september.periodId] });
    expect(await countsOf(digestsTo)).toEqual({ supervisor: 1, koordinator: 1 });

    await closeAndSettle(september.periodId, wita('2026-10-06', '00:10'));
    expect(await sendEscalations(at('2026-10-06'), settings)).toMatchObject({ sent: 2, periods: [september.periodId] });
    expect(await countsOf(escalationsTo)).toEqual({ head: 1, kasi: 1 });
  });
});

describe('a period reopened for corrections', () => {
  it('owes nothing until something is reopened or filed: the earlier leftovers were settled by its close', async () => {
    const reopened = await reopenPeriod(admin, september.periodId, { reason: 'Koreksi penilaian Dinas Kesehatan.' }, wita('2026-12-14', '09:00'));
    expect(reopened).toMatchObject({ status: 'OPEN', closeRound: 2, closesAt: wita('2026-12-21', '23:59').toISOString() });
    // Tuesday 15 December is among its last five working days, but the leftover report and draft are not asked for again.
    expect(await sendSupervisorDigests(at('2026-12-15'), settings)).toMatchObject({ sent: 0, periods: [september.periodId] });
    expect(await countsOf(digestsTo)).toEqual({ supervisor: 1, koordinator: 1 });
  });

  it('gets one digest a day to the supervisor of a reopened assessment and a report filed since, naming only that person', async () => {
    const reopenedAssessment = await reopenFinalAssessment(admin, team.staff.nip, september.periodId, { reason: 'Koreksi atas laporan susulan.', version: 2 }, wita('2026-12-15', '09:00'));
    expect(reopenedAssessment).toMatchObject({ status: 'DRAFT' });
    await report(team.staff, '2026-09-29', wita('2026-12-15', '09:30'));

    // The job run again that morning (a retry): nothing was claimed at 08:00, so now the digest goes, once.
    expect(await sendSupervisorDigests(wita('2026-12-15', '10:00'), settings)).toMatchObject({ sent: 1, periods: [september.periodId] });
    expect(await sendSupervisorDigests(wita('2026-12-15', '10:05'), settings)).toMatchObject({ sent: 0 });
    expect(await countsOf(digestsTo)).toEqual({ supervisor: 2, koordinator: 1 });
    const digest = latest(await digestsTo('supervisor'));
    expect(digest.subject).toBe('Pengingat e-Kinerja: 1 anggota tim menunggu verifikasi atau penilaian Anda');
    expect(linesOf(digest)).toEqual([
      'Periode September 2026, dibuka kembali untuk koreksi (ditutup 21 Desember 2026 pukul 23.59 WITA)',
      line(team.staff, '1 laporan belum diverifikasi; penilaian masih draf, belum difinalkan'),
    ]);
  });

  it('counts a report returned and corrected since the reopen, and goes again the next day, once', async () => {
    const colleagueReport = { periodId: september.periodId, status: 'DIKEMBALIKAN' as const, note: 'Lengkapi bukti dukung.' };
    const returned = await verifyTeamReport(actor(team.supervisor), team.colleague.nip, reports.colleagueLeftover, colleagueReport, wita('2026-12-15', '11:00'));
    await reviseOwnReport(actor(team.colleague), returned.reportId, { periodId: september.periodId, version: returned.version!, date: '2026-09-15', activity: 'Kegiatan 2026-09-15, dengan bukti' }, wita('2026-12-15', '14:00'));

    expect(await sendSupervisorDigests(at('2026-12-16'), settings)).toMatchObject({ sent: 1 });
    expect(await sendSupervisorDigests(at('2026-12-16'), settings)).toMatchObject({ sent: 0 });
    expect(await countsOf(digestsTo)).toEqual({ supervisor: 3, koordinator: 1 });
    expect(linesOf(latest(await digestsTo('supervisor')))).toEqual([
      'Periode September 2026, dibuka kembali untuk koreksi (ditutup 21 Desember 2026 pukul 23.59 WITA)',
      line(team.colleague, '1 laporan belum diverifikasi'),
      line(team.staff, '1 laporan belum diverifikasi; penilaian masih draf, belum difinalkan'),
    ]);
  });

  it('does not make employees report for it: the weekly nudge judges the month they are in', async () => {
    await report(team.colleague, '2026-12-16', wita('2026-12-16', '15:00'));
    // Monday 21 December, 07:30 WITA: September (reopened) and December are both open. Staff reported into September
    // last week but not into December, so is nudged; colleague reported into December, so is not.
    await sendWeeklyNudges(wita('2026-12-21', '07:30'), nudgeSettings);
    const nudged = await countsOf(nudgesTo);
    expect(nudged).toMatchObject({ staff: 1 });
    expect(nudged).not.toHaveProperty('colleague');
    expect(latest(await nudgesTo('staff')).body.text).toContain('Sejak 14 Desember 2026');
  });

  it('escalates after it closes again only the work the reopen is for, one level up, once', async () => {
    expect(await sendEscalations(at('2026-12-21'), settings)).toMatchObject({ sent: 0, skipped: expect.any(String) });
    await closeAndSettle(september.periodId, wita('2026-12-22', '00:10'));
    expect(await getClosingPeriod(september.periodId)).toMatchObject({ closeRound: 2 });

    expect(await sendEscalations(at('2026-12-22'), settings)).toMatchObject({ sent: 1, periods: [september.periodId] });
    expect(await sendEscalations(at('2026-12-22'), settings)).toMatchObject({ sent: 0 });
    expect(await countsOf(escalationsTo)).toEqual({ head: 2, kasi: 1 });
    const escalation = latest(await escalationsTo('head'));
    expect(linesOf(escalation)).toEqual([
      `${team.supervisor.name} (${team.supervisor.jabatan}), periode September 2026, dibuka kembali untuk koreksi, ditutup 21 Desember 2026 pukul 23.59 WITA`,
      line(team.colleague, '1 laporan belum diverifikasi'),
      line(team.staff, '1 laporan belum diverifikasi; penilaian masih draf, belum difinalkan'),
    ]);
    for (const settled of [team.pelaksana, team.koordinator]) expect(escalation.body.html).not.toContain(settled.name);
  });
});

describe('a period reopened again while the month it lies behind is closing', () => {
  it('shares the one digest a day with the current period, listing only what this reopen is for', async () => {
    await reopenPeriod(admin, september.periodId, { reason: 'Koreksi kedua.' }, wita('2026-12-29', '09:00'));
    expect(await getClosingPeriod(september.periodId)).toMatchObject({ status: 'OPEN', closeRound: 3, closesAt: december.closesAt });
    const colleagueAssessment = await getAssessment(team.colleague.nip, september.periodId);
    await reopenFinalAssessment(admin, team.colleague.nip, september.periodId, { reason: 'Koreksi perilaku.', version: colleagueAssessment!.version }, wita('2026-12-29', '10:00'));

    expect(await sendSupervisorDigests(at('2026-12-30'), settings)).toMatchObject({ sent: 5, periods: [september.periodId, december.periodId] });
    expect(await sendSupervisorDigests(at('2026-12-30'), settings)).toMatchObject({ sent: 0 });
    expect(await countsOf(digestsTo)).toEqual({ supervisor: 4, koordinator: 2, head: 1, kasi: 1, otherSupervisor: 1 });

    // Staff's draft and reports of the previous reopen were settled by its close; only colleague's assessment is reopened now.
    expect(linesOf(latest(await digestsTo('supervisor')))).toEqual([
      'Periode September 2026, dibuka kembali untuk koreksi (ditutup 5 Januari 2027 pukul 23.59 WITA)',
      line(team.colleague, 'penilaian masih draf, belum difinalkan'),
      'Periode Desember 2026 (ditutup 5 Januari 2027 pukul 23.59 WITA)',
      line(team.colleague, '1 laporan belum diverifikasi; penilaian belum dibuat'),
      line(team.kasi, 'penilaian belum dibuat'),
      line(team.staff, 'penilaian belum dibuat'),
    ]);
    expect(linesOf(latest(await digestsTo('koordinator')))).toEqual(['Periode Desember 2026 (ditutup 5 Januari 2027 pukul 23.59 WITA)', line(team.pelaksana, 'penilaian belum dibuat')]);
  });

  it('is not taken for the current period by the weekly nudge when the month has none open', async () => {
    // Monday 4 January 2027: September (reopened) and December are open, neither is January's.
    expect(await sendWeeklyNudges(wita('2027-01-04', '07:30'), nudgeSettings)).toMatchObject({ sent: 0, skipped: 'no open period old enough' });
  });
});
