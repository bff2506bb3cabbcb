import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BusEntry } from '../../infra/local/event-bus.ts';
import type { LocalSystem } from '../../infra/local/system.ts';
import { db, tableName } from '../../shared/data/client.ts';
import { getClosingPeriod, markClosed, markClosing, recordUnitScored } from '../../shared/data/close-repository.ts';
import { periodKey } from '../../shared/data/keys.ts';
import { createPeriod } from '../../shared/data/period-repository.ts';
import { definePeriod, type Period } from '../../shared/domain/period.ts';
import { closeDuePeriods, closePeriod, scoreUnit } from '../../shared/services/close.ts';
import { recordPeriodRoster } from '../../shared/services/roster.ts';
import { holdUntilAllWritten } from '../../test/dynamo-faults.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { seedOrg } from '../../test/org-fixture.ts';

/**
 * PeriodClosed goes out once per period: the transition CLOSING → CLOSED is a conditional write and only the
 * writer that made it announces, whether the last two units finish together, a unit is delivered again or the
 * close runs again. If that writer dies before announcing, the next close run announces, once, after its lease.
 */
let system: LocalSystem;
const published: BusEntry[] = [];
const UNITS = ['bkpsdm', 'dinkes', 'disdik'];

const announcements = (periodId: string) => published.filter((entry) => entry.detailType === 'PeriodClosed' && (entry.detail as { periodId: string }).periodId === periodId);

async function closingPeriod(year: number, month: number): Promise<Period> {
  const period = definePeriod('BULANAN', year, month, 5);
  await createPeriod(period);
  await recordPeriodRoster(period.periodId, new Date());
  expect(await markClosing(period.periodId, UNITS, new Date())).toBe(true);
  return period;
}

beforeAll(async () => {
  await seedOrg();
  system = await startTestSystem();
  const publish = system.bus.publish.bind(system.bus);
  vi.spyOn(system.bus, 'publish').mockImplementation((entries) => {
    published.push(...entries);
    return publish(entries);
  });
});

afterAll(() => system?.stop());

describe('PeriodClosed', () => {
  it('is announced once when the last two units finish together, and not again on redelivery or a rerun', async () => {
    const { periodId } = await closingPeriod(2025, 2);
    await scoreUnit(periodId, 'bkpsdm', new Date());
    // Both units' "scored" transactions commit before either reads the period back, so both see every unit done.
    const together = holdUntilAllWritten(2, (command, input) => command === 'TransactWriteItemsCommand' && JSON.stringify(input).includes(`"SK":"SCORED#`));
    try {
      await Promise.all([scoreUnit(periodId, 'dinkes', new Date()), scoreUnit(periodId, 'disdik', new Date())]);
    } finally {
      together.remove();
    }
    expect(await getClosingPeriod(periodId)).toMatchObject({ status: 'CLOSED', unitsDone: 3, employeesScored: 6, closedEvent: 'PUBLISHED' });
    expect(announcements(periodId)).toHaveLength(1);
    expect(announcements(periodId)[0]!.detail).toMatchObject({ periodId, units: 3, employees: 6 });

    await Promise.all([scoreUnit(periodId, 'disdik', new Date()), closePeriod(periodId, new Date()), closeDuePeriods(new Date())]);
    await system.bus.idle();
    expect(announcements(periodId)).toHaveLength(1);
    expect(system.deadLetters).toEqual([]);
  });

  it('is announced by the next close run when its announcer died after CLOSED, once its lease has passed', async () => {
    const { periodId } = await closingPeriod(2026, 10);
    for (const unitId of UNITS.slice(0, 2)) await scoreUnit(periodId, unitId, new Date());
    // The last unit's writer marks the period CLOSED, then dies before publishing: the state it leaves behind.
    await recordUnitScored(periodId, { unitId: 'disdik', employees: 1, reported: 0, counts: { BELUM_DINILAI: 1 }, curveWarnings: [], topPerformers: 0, scoredAt: new Date().toISOString() });
    const stillLeased = new Date(Date.now() + 60_000);
    expect(await markClosed(periodId, new Date(), stillLeased)).toBe(true);
    const before = announcements(periodId).length;

    await closeDuePeriods(new Date());
    expect(announcements(periodId)).toHaveLength(before);
    expect(await getClosingPeriod(periodId)).toMatchObject({ status: 'CLOSED', closedEvent: 'PENDING' });

    await db().send(new UpdateCommand({ TableName: tableName(), Key: periodKey(periodId), UpdateExpression: 'SET closedEventLeaseUntil = :past', ExpressionAttributeValues: { ':past': new Date(Date.now() - 1000).toISOString() } }));
    await Promise.all([closeDuePeriods(new Date()), closeDuePeriods(new Date()), closePeriod(periodId, new Date())]);
    expect(announcements(periodId).slice(before)).toHaveLength(1);
    expect(await getClosingPeriod(periodId)).toMatchObject({ status: 'CLOSED', closedEvent: 'PUBLISHED' });
    await closeDuePeriods(new Date());
    expect(announcements(periodId).slice(before)).toHaveLength(1);
  });
});
