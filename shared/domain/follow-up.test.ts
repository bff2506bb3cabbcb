import { describe, expect, it } from 'vitest';
import { definePeriod } from './period.ts';
import { assessmentFollowUp, escalationRecipients, groupBySupervisor, isDigestDay, isEscalationDay, isOwed, isReportToVerify, type OwedWork } from './follow-up.ts';

const none = new Set<string>();
// November 2026 closes 5 December 2026 (a Saturday) at 23:59 WITA.
const november = definePeriod('BULANAN', 2026, 11, 5);
/** 08:00 WITA on a date. */
const at = (date: string) => new Date(`${date}T00:00:00Z`);

describe('the digest days', () => {
  it('are the last five working days up to the close, while the period is open', () => {
    const days = ['2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05'];
    expect(days.filter((d) => isDigestDay(november, at(d), none))).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
    expect(isDigestDay({ ...november, status: 'CLOSING' }, at('2026-12-01'), none)).toBe(false);
  });

  it('reach one working day further back over a holiday, and skip the holiday itself', () => {
    const holiday = new Set(['2026-12-02']);
    expect(isDigestDay(november, at('2026-11-27'), holiday)).toBe(true);
    expect(isDigestDay(november, at('2026-12-02'), holiday)).toBe(false);
  });

  it('stop once the close has passed, even on its own day', () => {
    const closesAtNoon = { ...november, closesAt: '2026-12-04T04:00:00.000Z' };
    expect(isDigestDay(closesAtNoon, at('2026-12-04'), none)).toBe(true);
    expect(isDigestDay(closesAtNoon, new Date('2026-12-04T05:00:00Z'), none)).toBe(false);
  });
});

describe('the escalation day', () => {
  it('is the first working day after the close', () => {
    expect(isEscalationDay(november, at('2026-12-07'), none)).toBe(true);
    expect(isEscalationDay(november, at('2026-12-05'), none)).toBe(false);
    expect(isEscalationDay(november, at('2026-12-08'), none)).toBe(false);
    expect(isEscalationDay(november, at('2026-12-08'), new Set(['2026-12-07']))).toBe(true);
  });
});

describe('escalation recipients', () => {
  it('are the supervisor’s own supervisor and the unit head, once each, never the supervisor', () => {
    expect(escalationRecipients('KASI', 'KABID', ['KADIS'])).toEqual(['KABID', 'KADIS']);
    expect(escalationRecipients('KABID', 'KADIS', ['KADIS', 'KADIS'])).toEqual(['KADIS']);
    expect(escalationRecipients('KADIS', undefined, ['KADIS'])).toEqual([]);
  });
});

describe('owed work', () => {
  const work = (name: string, supervisorNip: string, unverifiedReports: number, assessment: OwedWork['assessment']): OwedWork => ({
    nip: name,
    name,
    jabatan: 'Staf',
    unitId: 'dinkes',
    supervisorNip,
    unverifiedReports,
    assessment,
  });

  it('is an unverified report or an assessment not final', () => {
    expect(isOwed(work('a', 's', 0, 'FINAL'))).toBe(false);
    expect(isOwed(work('a', 's', 1, 'FINAL'))).toBe(true);
    expect(isOwed(work('a', 's', 0, 'DRAFT'))).toBe(true);
    expect(isOwed(work('a', 's', 0, 'BELUM_DIMULAI'))).toBe(true);
    expect(isOwed(work('a', 's', 0, 'SETTLED'))).toBe(false);
    expect(isOwed(work('a', 's', 2, 'SETTLED'))).toBe(true);
  });

  it('is grouped by the supervisor who owes it, people by name', () => {
    const groups = groupBySupervisor([work('Wati', 's1', 1, 'FINAL'), work('Andi', 's2', 0, 'DRAFT'), work('Budi', 's1', 0, 'DRAFT')]);
    expect([...groups].map(([s, items]) => [s, items.map((i) => i.name)])).toEqual([
      ['s2', ['Andi']],
      ['s1', ['Budi', 'Wati']],
    ]);
  });
});

describe('what a reopened period owes', () => {
  const reopenedAt = '2026-12-14T01:00:00.000Z';
  const before = '2026-10-02T03:00:00.000Z';
  const since = '2026-12-14T02:00:00.000Z';

  it('is an assessment changed since the reopen and not final; one left as the earlier close took it is settled', () => {
    expect(assessmentFollowUp({ status: 'DRAFT', updatedAt: since }, reopenedAt)).toBe('DRAFT');
    expect(assessmentFollowUp({ status: 'DRAFT', updatedAt: before }, reopenedAt)).toBe('SETTLED');
    expect(assessmentFollowUp(undefined, reopenedAt)).toBe('SETTLED');
    expect(assessmentFollowUp({ status: 'FINAL', updatedAt: since }, reopenedAt)).toBe('FINAL');
    expect(assessmentFollowUp({ status: 'FINAL', updatedAt: before }, reopenedAt)).toBe('FINAL');
  });

  it('is a report to verify filed or corrected since the reopen', () => {
    expect(isReportToVerify({ status: 'DIAJUKAN', createdAt: since }, reopenedAt)).toBe(true);
    expect(isReportToVerify({ status: 'DIAJUKAN', createdAt: before, updatedAt: since }, reopenedAt)).toBe(true);
    expect(isReportToVerify({ status: 'DIAJUKAN', createdAt: before }, reopenedAt)).toBe(false);
    expect(isReportToVerify({ status: 'DIKEMBALIKAN', createdAt: before, updatedAt: since }, reopenedAt)).toBe(false);
    expect(isReportToVerify({ status: 'SESUAI', createdAt: since }, reopenedAt)).toBe(false);
  });

  it('is everything, as before, in a period never reopened', () => {
    expect(assessmentFollowUp(undefined, undefined)).toBe('BELUM_DIMULAI');
    expect(assessmentFollowUp({ status: 'DRAFT', updatedAt: before }, undefined)).toBe('DRAFT');
    expect(isReportToVerify({ status: 'DIAJUKAN', createdAt: before }, undefined)).toBe(true);
  });
});
