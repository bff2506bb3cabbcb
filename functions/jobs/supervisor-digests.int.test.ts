import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { SCHEDULES } from '../../shared/manifest.ts';
import { sendSupervisorDigests } from '../../shared/services/supervisor-digests.ts';
import { address, at, seedOwedWork, team, type Who } from '../../test/follow-up-fixture.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { mailsTo, type StoredMail } from '../../test/ses-faults.ts';
import { followUpTestSettings } from '../../test/mail-settings.ts';

const settings = followUpTestSettings;

let system: LocalSystem;

/** The people a digest lists, one per line. */
const listed = (text: string) => text.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2));

const digestsTo = async (who: Who): Promise<StoredMail[]> => (await mailsTo(address(who))).filter((m) => m.subject.includes('menunggu verifikasi atau penilaian'));
async function digestCounts(): Promise<Partial<Record<Who, number>>> {
  const counts: Partial<Record<Who, number>> = {};
  for (const who of Object.keys(team) as Who[]) {
    const n = (await digestsTo(who)).length;
    if (n > 0) counts[who] = n;
  }
  return counts;
}

beforeAll(async () => {
  await seedOwedWork();
  system = await startTestSystem();
}, 120_000);

afterAll(() => system?.stop());

describe('supervisor digests', () => {
  it('wait for the last five working days before the close', async () => {
    expect(await sendSupervisorDigests(at('2026-11-27'), settings)).toMatchObject({ sent: 0, skipped: expect.any(String) });
    expect(await digestCounts()).toEqual({});
  });

  it('go once a day to each supervisor who owes something, listing only their own people of record', async () => {
    expect(await sendSupervisorDigests(at('2026-11-30'), { ...settings, capPerRun: 1 })).toMatchObject({ sent: 1, capped: true });
    expect(await sendSupervisorDigests(at('2026-11-30'), settings)).toMatchObject({ sent: 2, capped: false, periods: ['2026-11'] });
    expect(await sendSupervisorDigests(at('2026-11-30'), settings)).toMatchObject({ sent: 0 });
    expect(await digestCounts()).toEqual({ supervisor: 1, koordinator: 1, head: 1 });

    const [kabid] = await digestsTo('supervisor');
    expect(kabid!.destination).toMatchObject({ to: [address('supervisor')], cc: [] });
    expect(kabid!.subject).toBe('Pengingat e-Kinerja: 2 anggota tim menunggu verifikasi atau penilaian Anda');
    const text = kabid!.body.text!;
    expect(text).toContain('Periode November 2026 (ditutup 5 Desember 2026 pukul 23.59 WITA)');
    expect(listed(text)).toEqual([
      `${team.colleague.name} (${team.colleague.jabatan}): penilaian masih draf, belum difinalkan`,
      `${team.staff.name} (${team.staff.jabatan}): 2 laporan belum diverifikasi; penilaian belum dibuat`,
    ]);
    for (const someoneElses of [team.pelaksana, team.kasi, team.koordinator, team.guru]) expect(kabid!.body.html).not.toContain(someoneElses.name);

    const [kadis] = await digestsTo('head');
    expect(listed(kadis!.body.text!)).toEqual([`${team.supervisor.name} (${team.supervisor.jabatan}): penilaian belum dibuat`]);
    const [koordinator] = await digestsTo('koordinator');
    expect(listed(koordinator!.body.text!)).toEqual([`${team.pelaksana.name} (${team.pelaksana.jabatan}): 1 laporan belum diverifikasi; penilaian belum dibuat`]);
  });

  it('skip a holiday and reach one working day further back instead', async () => {
    const holidays = new Set(['2026-12-02']);
    expect(await sendSupervisorDigests(at('2026-12-02'), { ...settings, holidays })).toMatchObject({ sent: 0, skipped: expect.any(String) });
    expect(await digestCounts()).toEqual({ supervisor: 1, koordinator: 1, head: 1 });
    // Friday 27 November, out of the window without the holiday (first test), is in it with one.
    expect(await sendSupervisorDigests(at('2026-11-27'), { ...settings, holidays })).toMatchObject({ sent: 3 });
    expect(await digestCounts()).toEqual({ supervisor: 2, koordinator: 2, head: 2 });
  });

  it('stop once the period has closed', async () => {
    expect(await sendSupervisorDigests(at('2026-12-07'), settings)).toMatchObject({ sent: 0, skipped: expect.any(String) });
  });

  it('are wired: the manifest schedule runs the job on weekday mornings', async () => {
    expect(SCHEDULES['supervisor-digests']).toMatchObject({ handler: 'functions/jobs/supervisor-digests.ts', cron: 'cron(0 8 ? * MON-FRI *)', timezone: 'Asia/Makassar', sendsEmail: true });
    await system.runSchedule('supervisor-digests', at('2026-12-03'));
    await system.runSchedule('supervisor-digests', at('2026-12-03'));
    expect(system.deadLetters).toEqual([]);
    expect(await digestCounts()).toEqual({ supervisor: 3, koordinator: 3, head: 3 });
  });
});
