import { describe, expect, it } from 'vitest';
import type { BerakhlakValue, Rating } from '../../core/types.ts';
import { policyHints, previewPredikat, reasonRequired, validateAssessment, type AssessmentFields } from './assessment-model.ts';

const keys = (['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'] as const).map((key) => ({ key, label: key }));
const all = (rating: Rating) => Object.fromEntries(keys.map(({ key }) => [key, rating])) as Record<BerakhlakValue, Rating>;
const filled: AssessmentFields = { hasilKerja: 'DI_ATAS', reason: '', perilaku: 'DI_ATAS', values: all('DI_ATAS'), feedback: ' Pertahankan. ' };

describe('the assessment form rules', () => {
  it('previews the predikat from the quadrant, KURANG included', () => {
    expect(previewPredikat('DI_ATAS', 'DI_ATAS')).toBe('SANGAT_BAIK');
    expect(previewPredikat('SESUAI', 'DI_BAWAH')).toBe('KURANG');
    expect(previewPredikat('DI_BAWAH', undefined)).toBeUndefined();
  });

  it('requires a reason only when the rating departs from a suggestion', () => {
    expect(reasonRequired('SESUAI', 'DI_ATAS')).toBe(true);
    expect(reasonRequired('DI_ATAS', 'DI_ATAS')).toBe(false);
    expect(reasonRequired('SESUAI', null)).toBe(false);
    expect(reasonRequired(undefined, 'DI_ATAS')).toBe(false);

    const refused = validateAssessment({ ...filled, hasilKerja: 'SESUAI' }, 'DI_ATAS', keys);
    expect(refused).toEqual({ ok: false, errors: { 'hasilKerja.reason': expect.stringMatching(/alasan/i) } });
    const accepted = validateAssessment({ ...filled, hasilKerja: 'SESUAI', reason: ' Dua kegiatan belum terverifikasi. ' }, 'DI_ATAS', keys);
    expect(accepted).toMatchObject({ ok: true, body: { hasilKerja: { rating: 'SESUAI', reason: 'Dua kegiatan belum terverifikasi.' } } });
  });

  it('names every missing value, both ratings and the feedback, under the API field names', () => {
    const result = validateAssessment({ hasilKerja: undefined, reason: '', perilaku: undefined, values: { AKUNTABEL: 'SESUAI' }, feedback: '  ' }, null, keys);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(
      ['feedback', 'hasilKerja.rating', 'perilaku.rating', ...keys.filter(({ key }) => key !== 'AKUNTABEL').map(({ key }) => `perilaku.values.${key}`)].sort(),
    );
  });

  it('builds the body the API expects, trimmed, without an empty reason', () => {
    expect(validateAssessment(filled, 'DI_ATAS', keys)).toEqual({
      ok: true,
      body: { hasilKerja: { rating: 'DI_ATAS' }, perilaku: { rating: 'DI_ATAS', values: all('DI_ATAS') }, feedback: 'Pertahankan.' },
    });
  });

  it('offers policy hints only for the policy it was built with', () => {
    expect(policyHints('kebijakan-lain')).toBeUndefined();
    const hints = policyHints('penilaian-2026.1')!;
    expect(hints.rateIndicator(120)).toBe('DI_ATAS');
    expect(hints.rateIndicator(undefined)).toBe('DI_BAWAH');
    expect(hints.suggestPerilaku({ AKUNTABEL: 'DI_ATAS' }, keys.map((k) => k.key))).toBeUndefined();
    expect(hints.suggestPerilaku(all('DI_BAWAH'), keys.map((k) => k.key))).toBe('DI_BAWAH');
  });
});
