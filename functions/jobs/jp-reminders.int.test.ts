import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import type { LocalSystem } from '../../infra/local/system.ts';
import { putEmployee } from '../../shared/data/employee-repository.ts';
import { putNewTraining } from '../../shared/data/training-repository.ts';
import type { Employee } from '../../shared/domain/people.ts';
import { SCHEDULES } from '../../shared/manifest.ts';
import { sendJpReminders, type JpReminderSettings } from '../../shared/services/jp-reminders.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { people, seedOrg } from '../../test/org-fixture.ts';
import { mailsTo } from '../../test/ses-faults.ts';
import { TEST_MAIL } from '../../test/mail-settings.ts';

/** 08:00 WITA on a date. */
const at = (date: string) => new Date(`${date}T00:00:00Z`);
const run = Math.random().toString(36).slice(2, 8);
const address = (who: string) => `${who}+${run}@example.kendari.go.id`;
const settings: JpReminderSettings = {
  holidays: new Set(),
  share: 0.5,
  capPerRun: 100,
  ...TEST_MAIL,
};

let system: LocalSystem;

async function train(person: Employee, hours: number, endsOn: string, unitId = person.unitId) {
  const createdAt = `${endsOn}T08:00:00.000Z`;
  await putNewTraining({ trainingId: ulid(Date.parse(createdAt)), nip: person.nip, year: Number(endsOn.slice(0, 4)), unitId, title: 'Bimtek', kind: 'BIMTEK', startsOn: endsOn, endsOn, hours, createdAt });
}

const reminders = async (who: string) => (await mailsTo(address(who))).filter((m) => m.subject.startsWith('Pengingat e-Kinerja: pengembangan kompetensi'));
const remindedCount = async () => {
  const counts: Record<string, number> = {};
  for (const who of Object.keys(people)) counts[who] = (await reminders(who)).length;
  return counts;
};

beforeAll(async () => {
  await seedOrg();
  for (const [who, person] of Object.entries(people)) {
    await putEmployee({ ...person, email: address(who), ...(who === 'head' ? { nudgesOptOut: true } : {}) });
  }
  await train(people.staff, 12, '2026-03-10');
  // Recorded while the colleague worked at Dinas Pendidikan: it still counts.
  await train(people.colleague, 12, '2026-02-10', 'disdik');
  // Last year's 30 JP do not count this year.
  await train(people.supervisor, 30, '2025-11-10');
  await train(people.supervisor, 3.5, '2026-05-10');
  system = await startTestSystem();
});

afterAll(() => system?.stop());

describe('JP reminders', () => {
  it('wait for the third quarter and for the month’s first working day', async () => {
    expect(await sendJpReminders(at('2026-06-01'), settings)).toMatchObject({ sent: 0, skipped: 'before the third quarter' });
    expect(await sendJpReminders(at('2026-07-02'), settings)).toMatchObject({ sent: 0, skipped: 'not the first working day of the month' });
    expect(await remindedCount()).toMatchObject({ supervisor: 0, admin: 0 });
  });

  it('remind those below half of 20 JP this year, once a day, not those who opted out, within the cap', async () => {
    expect(await sendJpReminders(at('2026-07-01'), { ...settings, capPerRun: 1 })).toMatchObject({ sent: 1, capped: true });
    expect(await sendJpReminders(at('2026-07-01'), settings)).toMatchObject({ sent: 2, failed: 0, capped: false });
    expect(await sendJpReminders(at('2026-07-01'), settings)).toMatchObject({ sent: 0 });
    expect(await remindedCount()).toEqual({ head: 0, supervisor: 1, staff: 0, colleague: 0, otherSupervisor: 1, admin: 1 });

    const [mail] = await reminders('supervisor');
    expect(mail!.subject).toBe('Pengingat e-Kinerja: pengembangan kompetensi 20 JP tahun 2026');
    expect(mail!.body.text).toContain('Yth. Hj. Wa Ode Nurhayati,');
    expect(mail!.body.text).toContain('tercatat 3,5 JP pengembangan kompetensi Anda pada tahun 2026');
    expect(mail!.body.text).toContain('Masih 16,5 JP lagi sebelum 31 Desember 2026.');
    expect(mail!.body.text).toContain('https://ekinerja.kendarikota.go.id/bantuan.html');
    expect(mail!.body.text).toContain('Matikan pilihan “Kirimi saya pengingat lewat email”');
  });

  it('moves to the next working day when the month starts on a holiday', async () => {
    const holidays = new Set(['2026-08-03']);
    expect(await sendJpReminders(at('2026-08-03'), { ...settings, holidays })).toMatchObject({ sent: 0, skipped: expect.any(String) });
    expect(await sendJpReminders(at('2026-08-04'), { ...settings, holidays })).toMatchObject({ sent: 3 });
    expect(await remindedCount()).toMatchObject({ supervisor: 2, otherSupervisor: 2, admin: 2, staff: 0 });
  });

  it('is wired: the manifest schedule runs the job on weekday mornings, reading its settings from the environment', async () => {
    expect(SCHEDULES['jp-reminders']).toMatchObject({ handler: 'functions/jobs/jp-reminders.ts', cron: 'cron(0 8 ? * MON-FRI *)', timezone: 'Asia/Makassar', sendsEmail: true });
    // 1 September 2026 is a Tuesday, the month's first working day.
    await system.runSchedule('jp-reminders', at('2026-09-01'));
    expect(system.deadLetters).toEqual([]);
    expect(await remindedCount()).toMatchObject({ supervisor: 3, otherSupervisor: 3, admin: 3, staff: 0, colleague: 0, head: 0 });
  });
});
