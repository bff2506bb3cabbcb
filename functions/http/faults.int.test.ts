import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { putAll } from '../../shared/data/batch.ts';
import { db } from '../../shared/data/client.ts';
import { employeeItem } from '../../shared/data/employee-repository.ts';
import { listAllReports } from '../../shared/data/report-repository.ts';
import { reportCountsOf } from '../../shared/data/report-totals-repository.ts';
import type { Employee } from '../../shared/domain/people.ts';
import { witaDateOf } from '../../shared/domain/time.ts';
import { call } from '../../test/http.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { handler as postReport } from './post-reports.ts';

let system: LocalSystem;
let periodId: string;
const today = witaDateOf(new Date());
let throttlesToInject = 0;
let throttlesInjected = 0;
let conflictsToInject = 0;
let conflictsInjected = 0;

/** Fifty valid, distinct NIPs in one unit under the fixture's supervisor. */
const crowd: Employee[] = Array.from({ length: 50 }, (_, i) => ({
  nip: `199001${String(1 + (i % 28)).padStart(2, '0')}2015031${String(i + 1).padStart(3, '0')}`,
  name: `Pegawai Uji ${i + 1}`,
  email: `uji${i + 1}@example.kendari.go.id`,
  jabatan: 'Pengadministrasi Umum',
  golongan: 'II/c',
  unitId: 'dinkes',
  supervisorNip: people.supervisor.nip,
  roles: [],
}));

beforeAll(async () => {
  system = await startTestSystem();
  await seedOrg();
  await putAll(crowd.map(employeeItem));
  periodId = (await seedMonthPeriod()).periodId;
  // Below the SDK's retry middleware: what DynamoDB answers when a partition is hot.
  db().middlewareStack.add(
    (next) => async (args) => {
      if (throttlesToInject > 0) {
        throttlesToInject--;
        throttlesInjected++;
        throw Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), {
          name: 'ProvisionedThroughputExceededException',
          $fault: 'client',
          $metadata: { httpStatusCode: 400 },
        });
      }
      return next(args);
    },
    { step: 'deserialize', name: 'injectThrottling' },
  );
  // What DynamoDB answers when two transactions touch one item at once (a person's running totals); the SDK does not retry it.
  db().middlewareStack.add(
    (next) => async (args) => {
      if (conflictsToInject > 0 && (args.input as { TransactItems?: unknown }).TransactItems) {
        conflictsToInject--;
        conflictsInjected++;
        throw Object.assign(new Error('Transaction cancelled, please refer cancellation reasons for specific reasons [None, None, TransactionConflict]'), {
          name: 'TransactionCanceledException',
          $fault: 'client',
          $metadata: { httpStatusCode: 400 },
          CancellationReasons: [{ Code: 'None' }, { Code: 'None' }, { Code: 'TransactionConflict' }],
        });
      }
      return next(args);
    },
    { step: 'initialize', name: 'injectTransactionConflicts' },
  );
});

afterAll(() => system?.stop());

describe('faults', () => {
  it('has valid, distinct NIPs for the crowd', async () => {
    const { checkNip } = await import('../../shared/domain/nip.ts');
    expect(new Set(crowd.map((e) => e.nip)).size).toBe(50);
    expect(crowd.filter((e) => !checkNip(e.nip).ok)).toEqual([]);
  });

  it('rides out DynamoDB throttling through the SDK’s retries, storing the report exactly once', async () => {
    throttlesToInject = 3;
    throttlesInjected = 0;
    const response = await call(postReport, { as: { nip: people.colleague.nip }, body: { date: today, activity: 'Laporan saat tabel sibuk' } });
    expect(response.status).toBe(201);
    expect(throttlesInjected).toBe(3);
    const stored = (await listAllReports(people.colleague.nip, { periodId })).filter((r) => r.activity === 'Laporan saat tabel sibuk');
    expect(stored).toHaveLength(1);
  });

  it('sends a report again after a transaction conflict on its running totals, storing it and counting it once', async () => {
    conflictsToInject = 2;
    conflictsInjected = 0;
    const before = (await reportCountsOf([people.staff.nip], periodId)).get(people.staff.nip)?.reports ?? 0;
    const response = await call(postReport, { as: { nip: people.staff.nip }, body: { date: today, activity: 'Laporan saat transaksi bertabrakan' } });
    expect(response.status, response.text).toBe(201);
    expect(conflictsInjected).toBe(2);
    expect((await listAllReports(people.staff.nip, { periodId })).filter((r) => r.activity === 'Laporan saat transaksi bertabrakan')).toHaveLength(1);
    expect((await reportCountsOf([people.staff.nip], periodId)).get(people.staff.nip)?.reports).toBe(before + 1);
  });

  it('stores all 200 of 200 concurrent submissions by 50 people over HTTP, none lost, none doubled', async () => {
    const tokens = await Promise.all(
      crowd.map(async (person) => {
        const response = await fetch(`${system.url}/api/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nip: person.nip }) });
        return ((await response.json()) as { token: string }).token;
      }),
    );
    const statuses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        fetch(`${system.url}/api/reports`, {
          method: 'POST',
          headers: { authorization: `Bearer ${tokens[i % 50]}`, 'content-type': 'application/json' },
          body: JSON.stringify({ date: today, activity: `Kegiatan serentak ${i}` }),
        }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(200);
    const stored = (await Promise.all(crowd.map((person) => listAllReports(person.nip, { periodId })))).flat();
    expect(stored).toHaveLength(200);
    expect(new Set(stored.map((r) => r.activity)).size).toBe(200);
    // The running counts saw every one of them too: four each, none lost to a concurrent update.
    const counts = await reportCountsOf(crowd.map((person) => person.nip), periodId);
    expect(crowd.map((person) => counts.get(person.nip)?.reports)).toEqual(crowd.map(() => 4));
  }, 120_000);
});
