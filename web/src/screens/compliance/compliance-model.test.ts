import { describe, expect, it } from 'vitest';
import type { Me } from '../../core/types.ts';
import { choosesUnit } from '../../core/unit-select.ts';
import { canManageExclusions, complianceFacts, standingOf, type ComplianceRow } from './compliance-model.ts';

const head = '196503071995011001';
const me = (roles: Me['roles'], nip = head, unitHead = head): Pick<Me, 'roles' | 'unit' | 'profile'> => ({
  roles,
  unit: { unitId: 'dinkes', name: 'Dinas Kesehatan', headNip: unitHead },
  profile: { nip, name: 'x', email: 'x@example.id', jabatan: 'x', golongan: 'IV/c', unitId: 'dinkes', roles },
});

describe('who manages exclusions', () => {
  it('is BKPSDM for any unit and the pimpinan only for the unit they head', () => {
    expect(canManageExclusions(me(['admin'], '198102152006042001'), 'disdik')).toBe(true);
    expect(canManageExclusions(me(['pimpinan']), 'dinkes')).toBe(true);
    expect(canManageExclusions(me(['pimpinan']), 'disdik')).toBe(false);
    expect(canManageExclusions(me(['pimpinan'], '197303141997022002'), 'dinkes')).toBe(false);
    expect(canManageExclusions(me(['auditor']), 'dinkes')).toBe(false);
  });

  it('lets admins and auditors choose the unit; a pimpinan sees their own', () => {
    expect(choosesUnit({ roles: ['admin'] })).toBe(true);
    expect(choosesUnit({ roles: ['auditor'] })).toBe(true);
    expect(choosesUnit({ roles: ['pimpinan'] })).toBe(false);
  });
});

describe('complianceFacts', () => {
  it('writes counts and the rate in Indonesian, and a dash when nobody is expected to report', () => {
    const totals = { members: 4, excluded: 1, expected: 3, reported: 1, reportingRate: 33.3, reportedLast7Days: 1, unverified: 1200, returned: 0 };
    expect(Object.fromEntries(complianceFacts(totals))).toEqual({
      Pegawai: '4',
      Dikecualikan: '1',
      'Wajib melapor': '3',
      'Sudah melapor': '1',
      'Tingkat pelaporan': '33,3\u00a0%',
      'Melapor 7 hari terakhir': '1',
      'Belum diverifikasi': '1.200',
      Dikembalikan: '0',
    });
    expect(Object.fromEntries(complianceFacts({ ...totals, expected: 0, reportingRate: null }))['Tingkat pelaporan']).toBe('—');
  });
});

describe('standingOf', () => {
  const row: ComplianceRow = { nip: head, name: 'x', jabatan: 'x', reports: 0, unverified: 0, returned: 0, reportedLast7Days: false };
  it('names the exclusion and its note first, then whether the person reported lately (in WITA)', () => {
    expect(standingOf({ ...row, exclusion: { reason: 'TUGAS_BELAJAR', note: 'S2 UHO' } })).toBe('Dikecualikan: Tugas belajar (S2 UHO)');
    expect(standingOf(row)).toBe('Belum melapor');
    expect(standingOf({ ...row, reports: 3, reportedLast7Days: true, lastReportedAt: '2026-11-30T06:05:00.000Z' })).toBe('Aktif 7 hari terakhir, terakhir 30 Nov 2026, 14.05 WITA');
    expect(standingOf({ ...row, reports: 3, lastReportedAt: '2026-11-02T01:00:00.000Z' })).toBe('Tidak melapor 7 hari terakhir; terakhir 2 Nov 2026, 09.00 WITA');
  });
});
