import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { reloadConfig } from '../../shared/config/env.ts';
import { putEmployee } from '../../shared/data/employee-repository.ts';
import { getNotice } from '../../shared/data/notice-repository.ts';
import { listUnannouncedResults } from '../../shared/data/outbox-repository.ts';
import { getResults } from '../../shared/data/result-repository.ts';
import { BERAKHLAK_KEYS } from '../../shared/domain/berakhlak.ts';
import type { Period } from '../../shared/domain/period.ts';
import { closePeriod } from '../../shared/services/close.ts';
import { drainNotices } from '../../shared/services/notice-drain.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { call, lambdaContext } from '../../test/http.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { handler as decide } from '../http/post-appeal-decide.ts';
import { handler as fileAppeal } from '../http/post-appeals.ts';
import { handler as finalize } from '../http/post-team-assessment-finalize.ts';
import { handler as putAssessment } from '../http/put-team-assessment.ts';
import { handler as sendNotices } from './send-notices.ts';

/**
 * A late assessment or a keberatan decision commits, then EventBridge fails: without ResultScored the person's notices
 * would never be created. The change writes an outbox marker in its own transaction; the send-notices schedule
 * announces it once EventBridge answers again. The failure is injected into the local EventBridge stand-in, which
 * answers the SDK's PutEvents with a 500 for ResultScored while `eventBridgeDown` is set (the SDK retries, then gives up).
 */
const run = Math.random().toString(36).slice(2, 8);
const address = (who: string) => `${who}+${run}@example.kendari.go.id`;
let system: LocalSystem;
let period: Period;
let eventBridgeDown = false;
const resultScored: unknown[] = [];
const sample = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../events/samples/scheduler.json'), 'utf8')) as Record<string, unknown>;
const runSchedule = (at: Date) => sendNotices({ ...sample, time: at.toISOString() } as never, lambdaContext as never);
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

async function assess(assessor: string, nip: string, rating: 'SESUAI' | 'DI_ATAS'): Promise<number> {
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((key) => [key, rating]));
  const params = { nip, periodId: period.periodId };
  const saved = await call(putAssessment, { as: { nip: assessor }, params, body: { hasilKerja: { rating, reason: 'Sesuai bukti.' }, perilaku: { rating, values }, feedback: 'Umpan balik.', version: 0 } });
  expect(saved.status, saved.text).toBe(200);
  return (await call(finalize, { as: { nip: assessor }, params, body: { version: saved.body.version } })).status;
}

beforeAll(async () => {
  process.env.BKPSDM_EMAIL = address('bkpsdm');
  reloadConfig();
  await seedOrg();
  for (const [who, person] of Object.entries(people)) await putEmployee({ ...person, email: address(who) });
  period = await seedMonthPeriod();
  await recordPeriodRoster(period.periodId, new Date());
  system = await startTestSystem();
  const logError = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => (String(args[1]).includes('injected') ? undefined : logError(...args)));
  const publish = system.bus.publish.bind(system.bus);
  vi.spyOn(system.bus, 'publish').mockImplementation((entries) => {
    const scored = entries.filter((entry) => entry.detailType === 'ResultScored');
    if (eventBridgeDown && scored.length > 0) throw new Error('injected: EventBridge unavailable');
    resultScored.push(...scored.map((entry) => entry.detail));
    return publish(entries);
  });
  expect(await assess(people.supervisor.nip, people.staff.nip, 'SESUAI')).toBe(200);
  await closePeriod(period.periodId, new Date());
  await system.bus.idle();
  await drainNotices();
});

afterAll(() => system?.stop());

describe('ResultScored outbox', () => {
  it('keeps a late assessment announced by its own request when EventBridge answers: nothing left in the outbox', async () => {
    expect(await assess(people.head.nip, people.supervisor.nip, 'SESUAI')).toBe(200);
    expect(await listUnannouncedResults()).toEqual([]);
    await system.bus.idle();
    await drainNotices();
    expect(await getNotice(people.supervisor.nip, period.periodId, 'HASIL', 1)).toMatchObject({ status: 'SENT' });
  });

  it('announces a late assessment whose ResultScored failed once EventBridge is back, exactly once', { timeout: 60_000 }, async () => {
    eventBridgeDown = true;
    expect(await assess(people.supervisor.nip, people.colleague.nip, 'SESUAI')).toBe(200);
    expect((await getResults([people.colleague.nip], period.periodId)).get(people.colleague.nip)).toMatchObject({ predikat: 'BAIK', revision: 1 });
    expect(await listUnannouncedResults()).toEqual([{ detail: expect.objectContaining({ nip: people.colleague.nip, revision: 1, predikat: 'BAIK' }), createdAt: expect.any(String) }]);
    await system.bus.idle();
    expect(await getNotice(people.colleague.nip, period.periodId, 'HASIL', 1)).toBeUndefined();

    // Still down: the schedule fails (and is retried) but keeps the marker; it still sends what is pending.
    await expect(runSchedule(minutesFromNow(3))).rejects.toThrow();
    expect(await listUnannouncedResults()).toHaveLength(1);

    eventBridgeDown = false;
    // A marker younger than the grace may still be published by its own request: left alone.
    expect(await runSchedule(new Date())).toMatchObject({ announced: 0 });
    const before = resultScored.length;
    expect(await runSchedule(minutesFromNow(3))).toMatchObject({ announced: 1 });
    await system.bus.idle();
    await drainNotices();
    expect(await getNotice(people.colleague.nip, period.periodId, 'HASIL', 1)).toMatchObject({ status: 'SENT' });
    expect(await listUnannouncedResults()).toEqual([]);
    expect(await runSchedule(minutesFromNow(3))).toMatchObject({ announced: 0 });
    expect(resultScored.slice(before)).toEqual([expect.objectContaining({ nip: people.colleague.nip, revision: 1 })]);
  });

  it('announces a keberatan decision whose ResultScored failed once EventBridge is back: the corrected notice and the award', { timeout: 60_000 }, async () => {
    expect((await call(fileAppeal, { as: { nip: people.staff.nip }, body: { periodId: period.periodId, reason: 'Mohon ditinjau.' } })).status).toBe(201);
    eventBridgeDown = true;
    const decided = await call(decide, {
      as: { nip: people.head.nip },
      params: { id: `${people.staff.nip}_${period.periodId}` },
      body: { outcome: 'DIUBAH', hasilKerja: 'DI_ATAS', perilaku: 'DI_ATAS', reason: 'Bukti dukung lengkap.' },
    });
    expect(decided.status, decided.text).toBe(200);
    expect(await getNotice(people.staff.nip, period.periodId, 'KEBERATAN_DIPUTUS', 1)).toBeDefined();
    expect(await getNotice(people.staff.nip, period.periodId, 'HASIL', 2)).toBeUndefined();
    expect((await listUnannouncedResults()).map((m) => m.detail)).toEqual([expect.objectContaining({ nip: people.staff.nip, revision: 2, predikat: 'SANGAT_BAIK' })]);

    eventBridgeDown = false;
    expect(await runSchedule(minutesFromNow(3))).toMatchObject({ announced: 1 });
    await system.bus.idle();
    await drainNotices();
    expect(await getNotice(people.staff.nip, period.periodId, 'HASIL', 2)).toMatchObject({ status: 'SENT' });
    expect(await getNotice(people.staff.nip, period.periodId, 'PENGHARGAAN', 2)).toMatchObject({ status: 'SENT', facts: { certificates: [expect.objectContaining({ kind: 'PENGHARGAAN' })] } });
    expect(await listUnannouncedResults()).toEqual([]);
  });
});
