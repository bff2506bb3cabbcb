import { beforeAll, describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import { createPeriod } from '../../shared/data/period-repository.ts';
import { putReportInOpenPeriod } from '../../shared/data/report-repository.ts';
import { definePeriod } from '../../shared/domain/period.ts';
import { sendWeeklyNudges, type NudgeSettings } from '../../shared/services/reminders.ts';
import { call } from '../../test/http.ts';
import { people, seedOrg } from '../../test/org-fixture.ts';
import { handler as putPreferences } from '../http/put-me-preferences.ts';
import { TEST_MAIL } from '../../test/mail-settings.ts';

/** Monday 30 November 2026, 07:30 WITA. */
const monday = new Date('2026-11-29T23:30:00Z');
const settings: NudgeSettings = {
  holidays: new Set(),
  quietWorkingDays: 5,
  capPerRun: 100,
  ...TEST_MAIL,
};

async function nudgesTo(address: string): Promise<{ subject: string; text: string }[]> {
  const store = (await (await fetch(`${process.env.SES_ENDPOINT}/store`)).json()) as { emails: { destination: { to: string[] }; subject: string; body: { text: string } }[] };
  return store.emails.filter((e) => e.destination.to.includes(address) && e.subject.startsWith('Pengingat e-Kinerja')).map((e) => ({ subject: e.subject, text: e.body.text }));
}

beforeAll(async () => {
  await seedOrg();
  await createPeriod(definePeriod('BULANAN', 2026, 11, 5));
  const createdAt = '2026-11-27T02:00:00.000Z';
  await putReportInOpenPeriod({ reportId: ulid(Date.parse(createdAt)), nip: people.staff.nip, periodId: '2026-11', date: '2026-11-27', activity: 'Rekap imunisasi', status: 'DIAJUKAN', createdAt });
});

describe('weekly nudges', () => {
  it('nudges only those who have not reported in 5 working days and did not opt out, once a day', async () => {
    expect((await call(putPreferences, { as: { nip: people.admin.nip }, body: { nudges: false } })).status).toBe(200);
    // The cap stops a run early; the next run picks up where it stopped, without repeating anyone.
    expect(await sendWeeklyNudges(monday, { ...settings, capPerRun: 1 })).toMatchObject({ sent: 1, capped: true });
    const rest = await sendWeeklyNudges(monday, settings);
    expect(rest).toMatchObject({ sent: 3, failed: 0, capped: false });
    expect(await nudgesTo(people.colleague.email)).toHaveLength(1);
    expect(await nudgesTo(people.staff.email)).toEqual([]);
    expect(await nudgesTo(people.admin.email)).toEqual([]);
    const [nudge] = await nudgesTo(people.colleague.email);
    expect(nudge!.text).toContain('Sejak 23 November 2026');
    expect(nudge!.text).toContain('https://ekinerja.kendarikota.go.id/bantuan.html');

    const again = await sendWeeklyNudges(monday, settings);
    expect(again.sent).toBe(0);
    expect(await nudgesTo(people.colleague.email)).toHaveLength(1);
  });

  it('waits for Tuesday when Monday is a holiday, and never runs on other days', async () => {
    expect(await sendWeeklyNudges(monday, { ...settings, holidays: new Set(['2026-11-30']) })).toMatchObject({ sent: 0, skipped: expect.any(String) });
    expect(await sendWeeklyNudges(new Date('2026-12-01T23:30:00Z'), settings)).toMatchObject({ sent: 0, skipped: expect.any(String) });
  });
});
