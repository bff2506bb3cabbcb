import { describe, expect, it } from 'vitest';
import { checkOrganisation, type FindingCode } from './data-check.ts';
import type { Employee, Unit } from './people.ts';

const nip = (n: number) => `198001012005011${String(n).padStart(3, '0')}`;
const person = (n: number, unitId: string, supervisor?: number, email = `p${n}@kendarikota.go.id`): Employee => ({
  nip: nip(n), name: `Pegawai ${n}`, email, jabatan: 'Analis', golongan: 'III/a', unitId, ...(supervisor ? { supervisorNip: nip(supervisor) } : {}), roles: [],
});

const healthy = {
  units: [{ unitId: 'setda', name: 'Sekretariat Daerah', headNip: nip(1) }, { unitId: 'dinkes', name: 'Dinas Kesehatan', headNip: nip(2) }] as Unit[],
  members: [person(1, 'setda'), person(2, 'dinkes', 1), person(3, 'dinkes', 2)],
  outsiders: new Map<string, Employee>(),
};

const items = (check: ReturnType<typeof checkOrganisation>, code: FindingCode) => check.findings.find((f) => f.code === code)!.items;

describe('checkOrganisation', () => {
  it('finds nothing to fix in a healthy tree, and lists every check with its Indonesian label', () => {
    const check = checkOrganisation(healthy);
    expect(check.ready).toBe(true);
    expect(check.totals).toEqual({ units: 2, employees: 3 });
    expect(check.findings.map((f) => [f.code, f.count])).toEqual([
      ['TANPA_ATASAN', 0], ['ATASAN_TIDAK_DITEMUKAN', 0], ['ATASAN_MELINGKAR', 0], ['EMAIL_KOSONG', 0], ['EMAIL_GANDA', 0], ['UNIT_TANPA_KEPALA', 0], ['UNIT_TIDAK_TERDAFTAR', 0],
    ]);
    expect(check.findings[0]!.label).toBe('Pegawai tanpa atasan langsung (selain kepala unit)');
  });

  it('lets only the head of their own unit go without a supervisor', () => {
    const check = checkOrganisation({ ...healthy, members: [...healthy.members, person(4, 'dinkes'), person(5, 'setda')] });
    expect(check.ready).toBe(false);
    expect(items(check, 'TANPA_ATASAN')).toEqual([
      { nip: nip(4), name: 'Pegawai 4', unitId: 'dinkes' },
      { nip: nip(5), name: 'Pegawai 5', unitId: 'setda' },
    ]);
  });

  it('does not excuse the head of one unit who is listed in another', () => {
    const check = checkOrganisation({ ...healthy, units: [...healthy.units, { unitId: 'disdik', name: 'Dinas Pendidikan', headNip: nip(6) }], members: [...healthy.members, person(6, 'dinkes')] });
    expect(items(check, 'TANPA_ATASAN')).toEqual([{ nip: nip(6), name: 'Pegawai 6', unitId: 'dinkes' }]);
    expect(items(check, 'UNIT_TANPA_KEPALA')).toEqual([{ unitId: 'disdik', name: 'Dinas Pendidikan', headNip: nip(6), reason: `Kepala unit (NIP ${nip(6)}) bukan pegawai unit ini.` }]);
  });

  it('reports supervisors that do not exist, and accepts those found outside the listed units', () => {
    const outsider = person(50, 'unit-lama');
    const check = checkOrganisation({ ...healthy, members: [...healthy.members, person(7, 'dinkes', 99), person(8, 'dinkes', 50)], outsiders: new Map([[outsider.nip, outsider]]) });
    expect(items(check, 'ATASAN_TIDAK_DITEMUKAN')).toEqual([{ nip: nip(7), name: 'Pegawai 7', unitId: 'dinkes', supervisorNip: nip(99) }]);
    expect(items(check, 'UNIT_TIDAK_TERDAFTAR')).toEqual([{ nip: nip(50), name: 'Pegawai 50', unitId: 'unit-lama' }]);
  });

  it('reports each cycle once with its chain', () => {
    const check = checkOrganisation({ ...healthy, members: [...healthy.members, person(10, 'dinkes', 12), person(11, 'dinkes', 10), person(12, 'dinkes', 11), person(13, 'dinkes', 12)] });
    expect(items(check, 'ATASAN_MELINGKAR')).toEqual([{ nips: [nip(10), nip(12), nip(11)], chain: `${nip(10)} → ${nip(12)} → ${nip(11)} → ${nip(10)}` }]);
  });

  it('reports missing and shared email addresses, whatever their case, people ordered by unit and name', () => {
    const check = checkOrganisation({ ...healthy, members: [...healthy.members, person(20, 'dinkes', 2, ''), person(21, 'dinkes', 2, 'P3@KendariKota.go.id')] });
    expect(items(check, 'EMAIL_KOSONG')).toEqual([{ nip: nip(20), name: 'Pegawai 20', unitId: 'dinkes' }]);
    expect(items(check, 'EMAIL_GANDA')).toEqual([
      { email: 'p3@kendarikota.go.id', employees: [{ nip: nip(21), name: 'Pegawai 21', unitId: 'dinkes' }, { nip: nip(3), name: 'Pegawai 3', unitId: 'dinkes' }] },
    ]);
  });

  it('reports units with no head named', () => {
    const check = checkOrganisation({ ...healthy, units: [...healthy.units, { unitId: 'bpbd', name: 'BPBD' }] });
    expect(items(check, 'UNIT_TANPA_KEPALA')).toEqual([{ unitId: 'bpbd', name: 'BPBD', reason: 'Kepala unit belum ditetapkan.' }]);
  });
});
