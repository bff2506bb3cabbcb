import { describe, expect, it } from 'vitest';
import { curveCheck, curveWarnings } from './curve.ts';

describe('the distribution curve', () => {
  it('checks every rule of the unit\'s organisation predikat, with the share each holds', () => {
    const checks = curveCheck({ SANGAT_BAIK: 2, BAIK: 16, BUTUH_PERBAIKAN: 0, BELUM_DINILAI: 2 }, 'BAIK');
    expect(checks).toEqual([
      { rule: 'Baik paling banyak 70 %', count: 16, actualPercent: 80, ok: false, warning: 'Baik 80 %, melebihi batas 70 %.' },
      {
        rule: 'Butuh Perbaikan dan/atau Kurang/Misconduct paling sedikit 1 pegawai',
        count: 0,
        actualPercent: 0,
        ok: false,
        warning: 'Belum ada pegawai dengan predikat Butuh Perbaikan dan/atau Kurang/Misconduct, padahal kurva mensyaratkan paling sedikit 1.',
      },
    ]);
    expect(curveWarnings({ SANGAT_BAIK: 2, BAIK: 16, BELUM_DINILAI: 2 }, 'BAIK')).toEqual(checks.map((c) => c.warning));
  });

  it('passes a spread that fits, and checks nothing without an organisation predikat or anyone counted', () => {
    expect(curveCheck({ SANGAT_BAIK: 1, BUTUH_PERBAIKAN: 7, BAIK: 2 }, 'BUTUH_PERBAIKAN').every((c) => c.ok && !c.warning)).toBe(true);
    expect(curveCheck({ BAIK: 3 }, undefined)).toEqual([]);
    expect(curveCheck({}, 'ISTIMEWA')).toEqual([]);
  });
});
