import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../shared/data/client.ts';
import { putEmployee } from '../../shared/data/employee-repository.ts';
import { putUnit } from '../../shared/data/unit-repository.ts';
import type { Employee } from '../../shared/domain/people.ts';
import { testNip } from '../../test/employee-csv-fixture.ts';
import { call } from '../../test/http.ts';
import { people, seedOrg } from '../../test/org-fixture.ts';
import { handler as dataCheck } from './get-admin-data-check.ts';

const admin = { nip: people.admin.nip, roles: ['admin' as const] };
const auditor = { nip: people.colleague.nip, roles: ['auditor' as const] };
const person = (n: number, unitId: string, supervisorNip?: string, email = `p${n}@kendarikota.go.id`): Employee => ({
  nip: testNip(n), name: `Pegawai ${n}`, email, jabatan: 'Analis', golongan: 'III/a', unitId, ...(supervisorNip ? { supervisorNip } : {}), roles: [],
});
const brief = (n: number, unitId: string) => ({ nip: testNip(n), name: `Pegawai ${n}`, unitId });

beforeAll(async () => {
  await seedOrg();
  await Promise.all([
    putEmployee(person(1, 'dinkes', testNip(999))),
    putEmployee(person(2, 'disdik', testNip(3))),
    putEmployee(person(3, 'disdik', testNip(2))),
    putEmployee(person(4, 'dinkes', people.supervisor.nip, '')),
    putEmployee(person(5, 'dinkes', people.supervisor.nip, people.staff.email.toUpperCase())),
    putEmployee(person(6, 'unit-lama')),
    putEmployee(person(7, 'dinkes', testNip(6))),
    putUnit({ unitId: 'bpbd', name: 'BPBD', headNip: people.staff.nip }),
  ]);
});

describe('GET /api/admin/data-check', () => {
  it('lists what must be fixed, per check, with Indonesian labels', async () => {
    const response = await call(dataCheck, { as: admin });
    expect(response.status).toBe(200);
    expect(response.body.ready).toBe(false);
    expect(response.body.totals).toEqual({ units: 4, employees: 12 });
    const findings = Object.fromEntries(response.body.findings.map((f: { code: string }) => [f.code, f]));

    expect(findings.TANPA_ATASAN).toEqual({
      code: 'TANPA_ATASAN',
      label: 'Pegawai tanpa atasan langsung (selain kepala unit)',
      count: 2,
      items: [
        { nip: people.admin.nip, name: people.admin.name, unitId: 'bkpsdm' },
        { nip: people.otherSupervisor.nip, name: people.otherSupervisor.name, unitId: 'disdik' },
      ],
    });
    expect(findings.ATASAN_TIDAK_DITEMUKAN.items).toEqual([{ ...brief(1, 'dinkes'), supervisorNip: testNip(999) }]);
    expect(findings.ATASAN_MELINGKAR.items).toEqual([{ nips: [testNip(2), testNip(3)], chain: `${testNip(2)} → ${testNip(3)} → ${testNip(2)}` }]);
    expect(findings.EMAIL_KOSONG.items).toEqual([brief(4, 'dinkes')]);
    expect(findings.EMAIL_GANDA.items).toEqual([
      { email: people.staff.email, employees: [{ nip: people.staff.nip, name: people.staff.name, unitId: 'dinkes' }, brief(5, 'dinkes')] },
    ]);
    expect(findings.UNIT_TANPA_KEPALA.items).toEqual([
      { unitId: 'bkpsdm', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', reason: 'Kepala unit belum ditetapkan.' },
      { unitId: 'bpbd', name: 'BPBD', headNip: people.staff.nip, reason: `Kepala unit (NIP ${people.staff.nip}) bukan pegawai unit ini.` },
      { unitId: 'disdik', name: 'Dinas Pendidikan', reason: 'Kepala unit belum ditetapkan.' },
    ]);
    expect(findings.UNIT_TIDAK_TERDAFTAR.items).toEqual([brief(6, 'unit-lama')]);
  });

  it('is open to auditors (read-only)', async () => {
    const response = await call(dataCheck, { as: auditor });
    expect(response.status).toBe(200);
    expect(response.body.findings).toHaveLength(7);
  });

  it.each([
    ['an employee', { nip: people.staff.nip }],
    ['a pimpinan', { nip: people.head.nip, roles: ['pimpinan' as const] }],
  ])('refuses %s with 403', async (_, as) => {
    const response = await call(dataCheck, { as });
    expect(response.status).toBe(403);
  });

  it('refuses an anonymous caller with 401', async () => {
    expect((await call(dataCheck)).status).toBe(401);
  });

  it('reads unit by unit and never scans the table', async () => {
    const send = vi.spyOn(db(), 'send');
    try {
      expect((await call(dataCheck, { as: admin })).status).toBe(200);
      expect(send.mock.calls.some(([command]) => command instanceof ScanCommand)).toBe(false);
      const queries = send.mock.calls.map(([command]) => command.constructor.name).filter((name) => name === 'QueryCommand');
      expect(queries.length).toBeGreaterThanOrEqual(5); // the unit list, then one per unit
    } finally {
      send.mockRestore();
    }
  });
});
