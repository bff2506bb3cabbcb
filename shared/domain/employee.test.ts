import { describe, expect, it } from 'vitest';
import { checkEmployee, isGolongan, normalizeGolongan, sameEmployeeFields, type EmployeeInput } from './employee.ts';

const valid: EmployeeInput = {
  nip: '198807122015031004',
  name: 'La Ode Muhammad Arif',
  email: 'arif@example.kendari.go.id',
  jabatan: 'Epidemiolog Kesehatan Ahli Pertama',
  golongan: 'III/b',
  unitId: 'dinkes',
  unitName: 'Dinas Kesehatan',
  supervisorNip: '197303141997022002',
};

describe('checkEmployee', () => {
  it('accepts a complete record and normalises it', () => {
    const check = checkEmployee({ ...valid, name: '  La Ode\nMuhammad   Arif ', email: ' Arif@Example.Kendari.go.id ', golongan: 'iii / B', unitId: 'DINKES' });
    expect(check).toEqual({
      ok: true,
      value: {
        employee: { nip: valid.nip, name: 'La Ode Muhammad Arif', email: 'arif@example.kendari.go.id', jabatan: valid.jabatan, golongan: 'III/b', unitId: 'dinkes', supervisorNip: valid.supervisorNip },
        unitName: 'Dinas Kesehatan',
      },
    });
  });

  it('leaves out the supervisor at the top of the tree and allows a missing email (the data check lists it)', () => {
    const check = checkEmployee({ ...valid, supervisorNip: ' ', email: '', unitName: '' });
    expect(check.ok && check.value.employee).toEqual({ nip: valid.nip, name: valid.name, email: '', jabatan: valid.jabatan, golongan: 'III/b', unitId: 'dinkes' });
  });

  it('reports every problem of a line at once, in Indonesian', () => {
    const check = checkEmployee({ nip: '197302311997022002', name: '', email: 'arif@', jabatan: ' ', golongan: '3b', unitId: 'Dinas Kesehatan', unitName: 'x', supervisorNip: '12345' });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issues.map((i) => i.field)).toEqual(['nip', 'name', 'jabatan', 'email', 'golongan', 'unitId', 'supervisorNip']);
    expect(check.issues.find((i) => i.field === 'nip')?.message).toMatch(/Tanggal lahir/);
    expect(check.issues.find((i) => i.field === 'golongan')?.message).toMatch(/III\/b/);
    expect(check.issues.find((i) => i.field === 'supervisorNip')?.message).toMatch(/NIP atasan tidak sah: NIP harus terdiri dari 18 digit/);
  });

  it('refuses a person who is their own supervisor', () => {
    const check = checkEmployee({ ...valid, supervisorNip: valid.nip });
    expect(check).toEqual({ ok: false, issues: [{ field: 'supervisorNip', message: expect.stringMatching(/tidak boleh sama/) }] });
  });

  it('refuses text that came from a non-UTF-8 file', () => {
    const check = checkEmployee({ ...valid, name: 'La Ode Mu\uFFFDhammad' });
    expect(check).toEqual({ ok: false, issues: [{ field: 'name', message: expect.stringMatching(/CSV UTF-8/) }] });
  });

  it('refuses over-long values', () => {
    const check = checkEmployee({ ...valid, jabatan: 'x'.repeat(151) });
    expect(check).toEqual({ ok: false, issues: [{ field: 'jabatan', message: 'Jabatan paling banyak 150 karakter.' }] });
  });
});

describe('golongan', () => {
  it.each(['I/a', 'II/d', 'III/b', 'IV/e', 'I', 'IX', 'XVII'])('accepts %s', (value) => expect(isGolongan(value)).toBe(true));
  it.each(['IV/f', 'III/e', 'V/a', 'XVIII', '3/b', 'III-b', ''])('refuses %s', (value) => expect(isGolongan(value)).toBe(false));
  it('normalises spacing and case', () => {
    expect(normalizeGolongan(' iv / C ')).toBe('IV/c');
    expect(normalizeGolongan('ix')).toBe('IX');
  });
});

describe('sameEmployeeFields', () => {
  const employee = { nip: valid.nip, name: 'A', email: '', jabatan: 'J', golongan: 'III/a', unitId: 'u' };
  it('treats a missing supervisor and an absent one alike', () => {
    expect(sameEmployeeFields(employee, { ...employee, supervisorNip: undefined })).toBe(true);
  });
  it.each(['name', 'email', 'jabatan', 'golongan', 'unitId', 'supervisorNip'] as const)('notices a different %s', (field) => {
    expect(sameEmployeeFields(employee, { ...employee, [field]: 'other' })).toBe(false);
  });
});
