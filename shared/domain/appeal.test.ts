import { describe, expect, it } from 'vitest';
import { ADMIN_REVIEWER, chooseReviewer, decideAppeal, explain, fileAppeal, supersedeAppeal, type Appeal } from './appeal.ts';
import { DEFAULT_ASSESSMENT_POLICY } from './assessment-policy.ts';
import { Conflict, Forbidden, PeriodClosed } from './errors.ts';
import type { Result } from './result.ts';

const now = new Date('2026-12-10T02:00:00Z');
const result: Result = {
  nip: '198807122015031004', periodId: '2026-11', name: 'La Ode Muhammad Arif', unitId: 'dinkes', jabatan: 'Epidemiolog', assessorNip: '197303141997022002',
  hasilKerja: 'DI_BAWAH', perilaku: 'SESUAI', predikat: 'BUTUH_PERBAIKAN', score: 70, incentiveFactor: 0.75, decisions: [], policyVersion: 'x', revision: 1, scoredAt: now.toISOString(),
};

describe('who decides a keberatan', () => {
  it('is the assessor’s supervisor, else the unit head, else BKPSDM', () => {
    expect(chooseReviewer('E', 'A', 'S', 'H')).toBe('S');
    expect(chooseReviewer('E', 'A', undefined, 'H')).toBe('H');
    expect(chooseReviewer('E', 'A', undefined, 'A')).toBe(ADMIN_REVIEWER);
    expect(chooseReviewer('E', 'A', undefined, undefined)).toBe(ADMIN_REVIEWER);
  });

  it('is never the employee themselves', () => {
    expect(() => chooseReviewer('E', 'A', 'E', 'H')).toThrow(Forbidden);
  });
});

describe('filing and deciding', () => {
  it('accepts until the deadline day (WITA) and refuses after it, naming the deadline', () => {
    expect(fileAppeal(result, 'S', 'Alasan', '2026-12-14', '2026-12-14', now).status).toBe('DIAJUKAN');
    expect(() => fileAppeal(result, 'S', 'Alasan', '2026-12-14', '2026-12-15', now)).toThrow(PeriodClosed);
    expect(() => fileAppeal(result, 'S', 'Alasan', '2026-12-14', '2026-12-15', now)).toThrow(/2026-12-14/);
  });

  it('refuses an appeal on a result that was never assessed', () => {
    const { predikat: _p, assessorNip: _a, ...notAssessed } = result;
    expect(() => fileAppeal(notAssessed as Result, 'S', 'Alasan', null, '2026-12-01', now)).toThrow(Conflict);
  });

  it('takes explanations only from the employee and the assessor', () => {
    const appeal = fileAppeal(result, 'S', 'Alasan', null, '2026-12-01', now);
    expect(explain(appeal, result.nip, 'Bukti terlampir', now).explanations[0]).toMatchObject({ by: 'PEGAWAI' });
    expect(explain(appeal, result.assessorNip!, 'Penjelasan penilai', now).explanations[0]).toMatchObject({ by: 'PENILAI' });
    expect(() => explain(appeal, 'someone else', 'x', now)).toThrow(Forbidden);
  });

  it('re-rates through the quadrant when changed, and is final', () => {
    const appeal: Appeal = fileAppeal(result, 'S', 'Alasan', null, '2026-12-01', now);
    const { appeal: decided, corrected } = decideAppeal(appeal, result, { outcome: 'DIUBAH', hasilKerja: 'SESUAI', perilaku: 'SESUAI', reason: 'Target tercapai' }, 'S', DEFAULT_ASSESSMENT_POLICY, now);
    expect(corrected).toEqual({ hasilKerja: 'SESUAI', perilaku: 'SESUAI', predikat: 'BAIK', score: 85 });
    expect(() => decideAppeal(decided, result, { outcome: 'DIPERTAHANKAN', reason: 'x' }, 'S', DEFAULT_ASSESSMENT_POLICY, now)).toThrow(Conflict);
  });
});

describe('a keberatan whose result a close after a reopen corrects', () => {
  const pending = fileAppeal(result, 'S', 'Alasan', null, '2026-12-01', now);
  const later = new Date('2026-12-20T02:00:00Z');

  it('ends GUGUR, naming the corrected revision and the round, and then takes no explanation or decision', () => {
    const superseded = supersedeAppeal(pending, { revision: 2 }, 2, later);
    expect(superseded).toMatchObject({ status: 'GUGUR', filing: 1, superseded: { at: later.toISOString(), round: 2, resultRevision: 2 } });
    expect(() => explain(superseded, result.nip, 'Bukti', later)).toThrow(/gugur/);
    expect(() => decideAppeal(superseded, result, { outcome: 'DIPERTAHANKAN', reason: 'x' }, 'S', DEFAULT_ASSESSMENT_POLICY, later)).toThrow(Conflict);
    // Only a pending one can end GUGUR: a decided keberatan is final.
    const decided = decideAppeal(pending, result, { outcome: 'DIPERTAHANKAN', reason: 'x' }, 'S', DEFAULT_ASSESSMENT_POLICY, later).appeal;
    expect(() => supersedeAppeal(decided, { revision: 2 }, 2, later)).toThrow();
  });

  it('lets the employee file again on the corrected result, as the next filing; never over a pending or decided one', () => {
    const superseded = supersedeAppeal(pending, { revision: 2 }, 2, later);
    const again = fileAppeal({ ...result, revision: 2 }, 'S', 'Alasan baru', null, '2026-12-21', later, superseded);
    expect(again).toMatchObject({ status: 'DIAJUKAN', filing: 2, reason: 'Alasan baru', explanations: [] });
    expect(again).not.toHaveProperty('superseded');
    expect(() => fileAppeal(result, 'S', 'Lagi', null, '2026-12-21', later, again)).toThrow(Conflict);
    const decided = decideAppeal(again, result, { outcome: 'DIPERTAHANKAN', reason: 'x' }, 'S', DEFAULT_ASSESSMENT_POLICY, later).appeal;
    expect(() => fileAppeal(result, 'S', 'Lagi', null, '2026-12-21', later, decided)).toThrow(Conflict);
  });
});
