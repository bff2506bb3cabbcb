import { describe, expect, it } from 'vitest';
import { checkNip } from '../../shared/domain/nip.ts';
import { demoOrganisation } from './demo-org.ts';

describe('demoOrganisation', () => {
  const org = demoOrganisation();

  it('has a few hundred people with valid, unique NIPs', () => {
    expect(org.employees.length).toBeGreaterThanOrEqual(250);
    expect(new Set(org.employees.map((e) => e.nip)).size).toBe(org.employees.length);
    const invalid = org.employees.map((e) => [e.nip, checkNip(e.nip)] as const).filter(([, check]) => !check.ok);
    expect(invalid).toEqual([]);
  });

  it('forms one supervisor tree rooted at the Sekretaris Daerah', () => {
    const byNip = new Map(org.employees.map((e) => [e.nip, e]));
    const roots = org.employees.filter((e) => !e.supervisorNip);
    expect(roots.map((e) => e.jabatan)).toEqual(['Sekretaris Daerah']);
    for (const employee of org.employees) {
      let steps = 0;
      for (let at = employee; at.supervisorNip; at = byNip.get(at.supervisorNip)!) {
        expect(byNip.has(at.supervisorNip)).toBe(true);
        expect(++steps).toBeLessThan(10);
      }
    }
  });

  it('offers an admin, an auditor, a head, a supervisor and staff to sign in as', () => {
    const roles = org.identities.map((nip) => org.employees.find((e) => e.nip === nip)!.roles.join(','));
    expect(roles).toEqual(expect.arrayContaining(['admin', 'auditor', 'pimpinan', '']));
    expect(org.identities.length).toBeGreaterThanOrEqual(5);
  });

  it('is the same on every machine', () => {
    expect(demoOrganisation().employees.map((e) => e.nip)).toEqual(org.employees.map((e) => e.nip));
  });
});
