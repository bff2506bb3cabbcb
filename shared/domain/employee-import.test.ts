import { describe, expect, it } from 'vitest';
import { readEmployeeCsv } from './employee-csv.ts';
import { planEmployeeImport, type StoredEmployee, type StoredOrganisation } from './employee-import.ts';
import type { Unit } from './people.ts';

const HEADER = 'nip;nama;email;jabatan;golongan;unit_id;unit_nama;nip_atasan';
const now = new Date('2026-11-30T02:00:00Z');
/** Valid NIPs: born 1 January 1980, appointed January 2005, male, sequence n. */
const nip = (n: number) => `198001012005011${String(n).padStart(3, '0')}`;
const line = (n: number, supervisor?: number, overrides: Partial<Record<'nama' | 'email' | 'golongan' | 'unit_id' | 'unit_nama', string>> = {}) =>
  [nip(n), overrides.nama ?? `Pegawai ${n}`, overrides.email ?? `p${n}@kendarikota.go.id`, 'Analis', overrides.golongan ?? 'III/a', overrides.unit_id ?? 'dinkes', overrides.unit_nama ?? 'Dinas Kesehatan', supervisor ? nip(supervisor) : ''].join(';');
const file = (...lines: string[]) => readEmployeeCsv([HEADER, ...lines].join('\n'));

const empty: StoredOrganisation = { employees: new Map(), units: new Map() };
function stored(employees: StoredEmployee[], units: Unit[] = []): StoredOrganisation {
  return { employees: new Map(employees.map((e) => [e.nip, e])), units: new Map(units.map((u) => [u.unitId, u])) };
}
/** What the table holds after writing a plan over `before`. */
function apply(before: StoredOrganisation, plan: ReturnType<typeof planEmployeeImport>): StoredOrganisation {
  return {
    employees: new Map([...before.employees, ...plan.employees.map((e) => [e.nip, e] as const)]),
    units: new Map([...before.units, ...plan.units.map((u) => [u.unitId, u] as const)]),
  };
}

describe('planEmployeeImport', () => {
  it('creates units and employees from a fresh file, naming the unit head from the tree', () => {
    const plan = planEmployeeImport(file(line(1), line(2, 1), line(3, 2)), empty, now);
    expect(plan.counts).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(plan.issues).toEqual([]);
    expect(plan.units).toEqual([{ unitId: 'dinkes', name: 'Dinas Kesehatan', headNip: nip(1) }]);
    expect(plan.employees[1]).toEqual({
      nip: nip(2), name: 'Pegawai 2', email: 'p2@kendarikota.go.id', jabatan: 'Analis', golongan: 'III/a', unitId: 'dinkes', supervisorNip: nip(1), roles: [], updatedAt: now.toISOString(),
    });
  });

  it('writes nothing when the same file is imported again', () => {
    const csv = file(line(1), line(2, 1), line(3, 2));
    const after = apply(empty, planEmployeeImport(csv, empty, now));
    const again = planEmployeeImport(csv, after, new Date('2026-12-01T00:00:00Z'));
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(again.unitCounts).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(again.employees).toEqual([]);
    expect(again.units).toEqual([]);
  });

  it('updates only changed people, keeping their roles and anything else stored on them', () => {
    const admin: StoredEmployee = { nip: nip(1), name: 'Pegawai 1', email: 'p1@kendarikota.go.id', jabatan: 'Analis', golongan: 'III/a', unitId: 'dinkes', roles: ['admin', 'pimpinan'], updatedAt: '2026-01-01T00:00:00.000Z' };
    const staff: StoredEmployee = { ...admin, nip: nip(2), name: 'Pegawai 2', email: 'p2@kendarikota.go.id', supervisorNip: nip(1), roles: [] };
    const before = stored([{ ...admin, photoKey: 'foto/1.jpg' } as StoredEmployee, staff], [{ unitId: 'dinkes', name: 'Dinas Kesehatan', headNip: nip(1) }]);
    const plan = planEmployeeImport(file(line(1, undefined, { golongan: 'III/b' }), line(2, 1)), before, now);
    expect(plan.counts).toEqual({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
    expect(plan.employees).toEqual([{ ...admin, photoKey: 'foto/1.jpg', golongan: 'III/b', roles: ['admin', 'pimpinan'], updatedAt: now.toISOString() }]);
  });

  it('drops a stored supervisor when the file leaves nip_atasan empty', () => {
    const staff: StoredEmployee = { nip: nip(2), name: 'Pegawai 2', email: 'p2@kendarikota.go.id', jabatan: 'Analis', golongan: 'III/a', unitId: 'dinkes', supervisorNip: nip(1), roles: [] };
    const plan = planEmployeeImport(file(line(2)), stored([staff], [{ unitId: 'dinkes', name: 'Dinas Kesehatan' }]), now);
    expect(plan.employees).toHaveLength(1);
    expect(plan.employees[0]).not.toHaveProperty('supervisorNip');
  });

  it('rejects the later lines of a NIP that appears twice, keeping the first', () => {
    const plan = planEmployeeImport(file(line(1), line(1, undefined, { nama: 'Orang Lain' }), line(2, 1), line(1)), empty, now);
    expect(plan.counts).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 2 });
    expect(plan.issues).toEqual([
      { line: 3, column: 'nip', message: `NIP ${nip(1)} sudah ada di baris 2; baris yang kemudian tidak disimpan.` },
      { line: 5, column: 'nip', message: `NIP ${nip(1)} sudah ada di baris 2; baris yang kemudian tidak disimpan.` },
    ]);
    expect(plan.employees.find((e) => e.nip === nip(1))?.name).toBe('Pegawai 1');
  });

  it('accepts a supervisor defined later in the file', () => {
    const plan = planEmployeeImport(file(line(3, 2), line(2, 1), line(1)), empty, now);
    expect(plan.counts).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 0 });
  });

  it('accepts a supervisor who is only in the table', () => {
    const kadis: StoredEmployee = { nip: nip(1), name: 'Kadis', email: '', jabatan: 'Kepala Dinas', golongan: 'IV/c', unitId: 'dinkes', roles: ['pimpinan'] };
    const plan = planEmployeeImport(file(line(2, 1)), stored([kadis], [{ unitId: 'dinkes', name: 'Dinas Kesehatan', headNip: nip(1) }]), now);
    expect(plan.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 0 });
  });

  it('rejects a line whose supervisor is nowhere, and the lines that depend on it', () => {
    const plan = planEmployeeImport(file(line(1), line(2, 99), line(3, 2)), empty, now);
    expect(plan.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 2 });
    expect(plan.issues).toEqual([
      { line: 3, column: 'nip_atasan', message: `Atasan dengan NIP ${nip(99)} tidak ada di berkas ini maupun di data pegawai.` },
      { line: 4, column: 'nip_atasan', message: `Atasan dengan NIP ${nip(2)} (baris 3) ditolak, sehingga baris ini juga tidak dapat disimpan.` },
    ]);
    expect(plan.employees.map((e) => e.nip)).toEqual([nip(1)]);
  });

  it('rejects the line that closes a cycle against stored data, leaving the table as it was', () => {
    const base = { email: '', jabatan: 'Analis', golongan: 'III/a', unitId: 'dinkes', roles: [] };
    const before = stored(
      [
        { ...base, nip: nip(1), name: 'Kadis' },
        { ...base, nip: nip(2), name: 'Kabid', supervisorNip: nip(1) },
        { ...base, nip: nip(3), name: 'Staf', supervisorNip: nip(2) },
      ],
      [{ unitId: 'dinkes', name: 'Dinas Kesehatan', headNip: nip(1) }],
    );
    const plan = planEmployeeImport(file(line(4, 1), line(1, 3)), before, now);
    expect(plan.issues).toEqual([{ line: 3, column: 'nip_atasan', message: `Atasan ini membuat rantai atasan melingkar: ${nip(1)} → ${nip(3)} → ${nip(2)} → ${nip(1)}.` }]);
    expect(plan.employees.map((e) => e.nip)).toEqual([nip(4)]);
  });

  it('rejects a cycle made within the file: the closing line, then the lines left without a supervisor', () => {
    const plan = planEmployeeImport(file(line(1, 3), line(2, 1), line(3, 2), line(4)), empty, now);
    expect(plan.issues).toEqual([
      { line: 2, column: 'nip_atasan', message: `Atasan dengan NIP ${nip(3)} (baris 4) ditolak, sehingga baris ini juga tidak dapat disimpan.` },
      { line: 3, column: 'nip_atasan', message: `Atasan dengan NIP ${nip(1)} (baris 2) ditolak, sehingga baris ini juga tidak dapat disimpan.` },
      { line: 4, column: 'nip_atasan', message: `Atasan ini membuat rantai atasan melingkar: ${nip(3)} → ${nip(2)} → ${nip(1)} → ${nip(3)}.` },
    ]);
    expect(plan.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 3 });
  });

  it('lets a file re-arrange a chain when the result has no cycle', () => {
    const base = { email: '', jabatan: 'Analis', golongan: 'III/a', unitId: 'dinkes', roles: [] };
    const before = stored([{ ...base, nip: nip(1), name: 'A' }, { ...base, nip: nip(2), name: 'B', supervisorNip: nip(1) }], [{ unitId: 'dinkes', name: 'Dinas Kesehatan' }]);
    // B becomes the top and A reports to B: checked in file order, B's change comes first.
    const plan = planEmployeeImport(file(line(2), line(1, 2)), before, now);
    expect(plan.issues).toEqual([]);
    expect(plan.counts.updated).toBe(2);
  });

  it('reports bad fields by column and writes the good lines', () => {
    const plan = planEmployeeImport(file(line(1), line(2, 1, { email: 'bukan-email', golongan: '3b' }), `19730231;X;;;III/a;dinkes;;`), empty, now);
    expect(plan.issues.map((i) => [i.line, i.column])).toEqual([
      [3, 'email'],
      [3, 'golongan'],
      [4, 'nip'],
      [4, 'jabatan'],
    ]);
    expect(plan.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 2 });
  });

  it('renames a stored unit from unit_nama, keeping its head', () => {
    const plan = planEmployeeImport(file(line(1, undefined, { unit_nama: 'Dinas Kesehatan Kota Kendari' })), stored([], [{ unitId: 'dinkes', name: 'Dinas Kesehatan', headNip: nip(9) }]), now);
    expect(plan.units).toEqual([{ unitId: 'dinkes', name: 'Dinas Kesehatan Kota Kendari', headNip: nip(9) }]);
    expect(plan.unitCounts).toEqual({ created: 0, updated: 1, unchanged: 0 });
  });

  it('needs unit_nama for a unit that does not exist yet, and one name per unit in a file', () => {
    const plan = planEmployeeImport(file(line(1, undefined, { unit_id: 'baru', unit_nama: '' }), line(2, undefined, { unit_nama: 'Dinkes' }), line(3)), empty, now);
    expect(plan.issues).toEqual([
      { line: 2, column: 'unit_nama', message: 'Unit baru belum terdaftar; isi unit_nama agar unit itu dibuat.' },
      { line: 4, column: 'unit_nama', message: 'Nama unit "Dinas Kesehatan" berbeda dengan baris 3 ("Dinkes") untuk kode unit dinkes.' },
    ]);
  });

  it('names no head when the tree does not say who it is', () => {
    const plan = planEmployeeImport(file(line(1), line(2)), empty, now);
    expect(plan.units).toEqual([{ unitId: 'dinkes', name: 'Dinas Kesehatan' }]);
  });

  it('takes as head the one member whose supervisor works in another unit', () => {
    const plan = planEmployeeImport(file(line(1, undefined, { unit_id: 'setda', unit_nama: 'Sekretariat Daerah' }), line(2, 1), line(3, 2)), empty, now);
    expect(plan.units).toEqual([
      { unitId: 'setda', name: 'Sekretariat Daerah', headNip: nip(1) },
      { unitId: 'dinkes', name: 'Dinas Kesehatan', headNip: nip(2) },
    ]);
  });

  it('counts the CSV lines that could not be read as rejected too', () => {
    const plan = planEmployeeImport(file(line(1), `${nip(2)};Pendek`), empty, now);
    expect(plan.counts.rejected).toBe(1);
    expect(plan.issues).toEqual([{ line: 3, column: null, message: expect.stringMatching(/berisi 2 kolom/) }]);
  });
});
