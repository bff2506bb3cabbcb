import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { SCHEDULES } from '../../shared/manifest.ts';
import { sendEscalations } from '../../shared/services/escalations.ts';
import { address, at, seedOwedWork, team, type Who } from '../../test/follow-up-fixture.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { mailsTo, type StoredMail } from '../../test/ses-faults.ts';
import { followUpTestSettings } from '../../test/mail-settings.ts';

const settings = followUpTestSettings;
// November 2026 closes Saturday 5 December, 23:59 WITA; Monday 7 December is the next working day.
const holidayMonday = { ...settings, holidays: new Set(['2026-12-07']) };

let system: LocalSystem;

const escalationsTo = async (who: Who): Promise<StoredMail[]> => (await mailsTo(address(who))).filter((m) => m.subject.startsWith('Eskalasi e-Kinerja'));
async function escalationCounts(): Promise<Partial<Record<Who, number>>> {
  const counts: Partial<Record<Who, number>> = {};
  for (const who of Object.keys(team) as Who[]) {
    const n = (await escalationsTo(who)).length;
    if (n > 0) counts[who] = n;
  }
  return counts;
}
/** The escalation's sections: each supervisor's heading and the people under it. */
function sections(text: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  let heading: string | undefined;
  for (const line of text.split('\n')) {
    if (line.includes(', periode November 2026, ditutup ')) found[(heading = line.split(' (')[0]!)] = [];
    else if (line.startsWith('- ') && heading) found[heading]!.push(line.slice(2).split(' (')[0]!);
    else if (line === '') heading = undefined;
  }
  return found;
}

beforeAll(async () => {
  await seedOwedWork();
  system = await startTestSystem();
}, 120_000);

afterAll(() => system?.stop());

describe('escalation after the close', () => {
  it('waits for the close and for the next working day', async () => {
    expect(await sendEscalations(at('2026-12-04'), settings)).toMatchObject({ sent: 0, skipped: expect.any(String) });
    expect(await sendEscalations(at('2026-12-07'), holidayMonday)).toMatchObject({ sent: 0, skipped: expect.any(String) });
    expect(await escalationCounts()).toEqual({});
  });

  it('goes exactly one level up and to the unit head, once each, listing what each supervisor still owes', async () => {
    expect(await sendEscalations(at('2026-12-08'), holidayMonday)).toMatchObject({ sent: 2, periods: ['2026-11'], unescalated: 1, capped: false });
    expect(await sendEscalations(at('2026-12-08'), holidayMonday)).toMatchObject({ sent: 0 });
    // The koordinator's missing work reaches the kasi (one level up) and the head of the unit, never the kabid two levels up.
    expect(await escalationCounts()).toEqual({ kasi: 1, head: 1 });

    const [kasi] = await escalationsTo('kasi');
    expect(kasi!.subject).toBe('Eskalasi e-Kinerja: penilaian dan verifikasi yang belum diselesaikan (November 2026)');
    expect(kasi!.destination).toMatchObject({ to: [address('kasi')], cc: [] });
    expect(sections(kasi!.body.text!)).toEqual({ [team.koordinator.name]: [team.pelaksana.name] });
    expect(kasi!.body.text).toContain(`- ${team.pelaksana.name} (${team.pelaksana.jabatan}): 1 laporan belum diverifikasi; penilaian belum dibuat`);

    const [head] = await escalationsTo('head');
    expect(sections(head!.body.text!)).toEqual({
      [team.supervisor.name]: [team.colleague.name, team.staff.name],
      [team.koordinator.name]: [team.pelaksana.name],
    });
    expect(head!.body.text).toContain(`${team.supervisor.name} (${team.supervisor.jabatan}), periode November 2026, ditutup 5 Desember 2026 pukul 23.59 WITA`);
  });

  it('is done after that day', async () => {
    expect(await sendEscalations(at('2026-12-08'), settings)).toMatchObject({ sent: 0, skipped: expect.any(String) });
    expect(await sendEscalations(at('2026-12-09'), holidayMonday)).toMatchObject({ sent: 0, skipped: expect.any(String) });
  });

  it('is wired: the manifest schedule runs the job on weekday mornings after the close job', async () => {
    expect(SCHEDULES.escalations).toMatchObject({ handler: 'functions/jobs/escalations.ts', cron: 'cron(30 8 ? * MON-FRI *)', timezone: 'Asia/Makassar', sendsEmail: true });
    await system.runSchedule('escalations', at('2026-12-07'));
    await system.runSchedule('escalations', at('2026-12-07'));
    expect(system.deadLetters).toEqual([]);
    expect(await escalationCounts()).toEqual({ kasi: 2, head: 2 });
  });
});
