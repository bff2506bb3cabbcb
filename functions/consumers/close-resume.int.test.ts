import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { seedClosableCity, type SeededClose } from '../../bench/close/seed.ts';
import type { LocalSystem } from '../../infra/local/system.ts';
import { ensureTable } from '../../infra/local/dynamo.ts';
import { reloadConfig } from '../../shared/config/env.ts';
import { getCertificate } from '../../shared/data/certificate-repository.ts';
import { getClosingPeriod, listScoredUnits } from '../../shared/data/close-repository.ts';
import { tableName } from '../../shared/data/client.ts';
import { withoutKeys } from '../../shared/data/item.ts';
import { unitRosterPk } from '../../shared/data/keys.ts';
import { queryAll } from '../../shared/data/pagination.ts';
import { listUnitResults } from '../../shared/data/result-repository.ts';
import { closePeriod } from '../../shared/services/close.ts';
import { crashAfterBatchWrites } from '../../test/dynamo-faults.ts';
import { startTestSystem } from '../../test/local-system.ts';

/**
 * Resuming a close that crashed part-way ends exactly where an uninterrupted close of the same organisation ends.
 * Two tables hold two identical cities (the close bench's seeded generator: 120 people in two units of 60,
 * with FINAL, DRAFT and missing assessments, reporters and last period's poor results, so every decision occurs).
 * The first closes without trouble. In the second, scoring one unit dies after 30 of its 60 results are written
 * (the second batch of 25 is cut after 5), on every retry, so its event dead-letters and the period is left
 * CLOSING; then the close runs again. The final items (period, unit markers, results with their decisions,
 * notices with what they say and how often they were sent, piagams) must be the same, not just as many.
 */
const CRASH_AFTER = 30;
const SEEDED_AT = new Date('2025-07-01T01:00:00.000Z');

let system: LocalSystem;
const tables = { uninterrupted: '', crashed: '' };

async function useTable(name: string): Promise<void> {
  process.env.TABLE_NAME = name;
  reloadConfig();
}

/** What a close leaves behind, with what may differ between two runs (instants, random ids) masked. */
async function closeState(seeded: SeededClose) {
  const { periodId } = seeded.period;
  const perPerson = await Promise.all(
    seeded.org.employees.map(async ({ nip }) => {
      const lists = await Promise.all(
        [`RESULT#${periodId}`, `NOTICE#${periodId}#`, `CERT#${periodId}#`].map((prefix) =>
          queryAll({ TableName: tableName(), KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)', ExpressionAttributeValues: { ':pk': `EMP#${nip}`, ':prefix': prefix } }),
        ),
      );
      return lists.flat();
    }),
  );
  const items = perPerson.flat();
  const certificates = await Promise.all(items.filter((item) => item.type === 'CERTIFICATE_OF').map((pointer) => getCertificate(pointer.certificateId as string)));
  return masked({
    period: await getClosingPeriod(periodId),
    units: (await listScoredUnits(periodId)).sort((a, b) => a.unitId.localeCompare(b.unitId)),
    items,
    certificates: certificates.map((certificate) => certificate && withoutKeys(certificate as unknown as Record<string, unknown>)),
  });
}

const RANDOM_IDS = new Set(['certificateId', 'claimToken', 'sesMessageId']);

function masked(value: unknown, key = ''): unknown {
  if (RANDOM_IDS.has(key) && typeof value === 'string') return '<id>';
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(value) ? '<instant>' : value;
  if (Array.isArray(value)) return value.map((item) => masked(item));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masked(v, k)]));
  return value;
}

beforeAll(async () => {
  process.env.SES_SEND_RATE = '500';
  tables.uninterrupted = process.env.TABLE_NAME!;
  tables.crashed = `${tables.uninterrupted}-crashed`;
  await ensureTable(inject('dynamoEndpoint'), tables.crashed);
  system = await startTestSystem();
});

afterAll(() => system?.stop());

describe('a close that crashed part-way and ran again', () => {
  it('ends in the same state as an uninterrupted close of an identical organisation', async () => {
    await useTable(tables.uninterrupted);
    const reference = await seedClosableCity(120, SEEDED_AT);
    const { periodId } = reference.period;
    expect(reference.org.units.map((unit) => unit.unitId)).toEqual(['opd-001', 'opd-002']);
    await closePeriod(periodId, new Date());
    await system.bus.idle();
    await system.runSchedule('send-notices');
    expect(system.deadLetters).toEqual([]);
    const expected = await closeState(reference);
    expect(expected).toMatchObject({ period: { status: 'CLOSED', unitsDone: 2, employeesScored: 120 } });

    await useTable(tables.crashed);
    const seeded = await seedClosableCity(120, SEEDED_AT);
    const crashedUnit = unitRosterPk(periodId, 'opd-002');
    const crash = crashAfterBatchWrites(CRASH_AFTER, (item) => item.type === 'RESULT' && item.GSI1PK === crashedUnit);
    try {
      await closePeriod(periodId, new Date());
      await system.bus.idle();
    } finally {
      crash.remove();
    }
    expect(system.deadLetters).toMatchObject([{ rule: 'score-unit', attempts: 4, error: `Injected crash after ${CRASH_AFTER} written items` }]);
    expect(await getClosingPeriod(periodId)).toMatchObject({ status: 'CLOSING', unitsDone: 1, employeesScored: 60 });
    expect(await listUnitResults(periodId, 'opd-002')).toHaveLength(CRASH_AFTER);

    expect(await closePeriod(periodId, new Date())).toMatchObject({ status: 'CLOSING', unitsRequested: 1 });
    await system.bus.idle();
    await system.runSchedule('send-notices');
    expect(system.deadLetters).toHaveLength(1);

    const resumed = await closeState(seeded);
    expect(resumed).toEqual(expected);
    // Not an empty comparison: every kind of decision and notice is there, each notice sent once.
    const items = (expected as { items: { type: string; kind?: string; status?: string; attempts?: number; decisions?: { kind: string }[] }[] }).items;
    const decisions = new Set(items.flatMap((item) => item.decisions?.map((d) => d.kind) ?? []));
    expect([...decisions].sort()).toEqual(['BELUM_DINILAI', 'PEMBINAAN', 'PENGHARGAAN', 'REKOMENDASI_SANKSI', 'TERBAIK']);
    const notices = items.filter((item) => item.type === 'NOTICE');
    expect(new Set(notices.map((notice) => notice.kind))).toEqual(new Set(['HASIL', 'PENGHARGAAN', 'PEMBINAAN', 'REKOMENDASI_SANKSI', 'BELUM_DINILAI']));
    expect(notices.every((notice) => notice.status === 'SENT' && notice.attempts === 1)).toBe(true);
    expect(items.filter((item) => item.type === 'RESULT')).toHaveLength(120);
  }, 120_000);
});
