import { describe, expect, it } from 'vitest';
import { draftsOf, newIndicator, newRhk, validateSkp, type RhkDraft } from './skp-model.ts';

describe('the SKP editor rules', () => {
  it('gives new rows and indicators the next free codes, first row UTAMA', () => {
    const rows: RhkDraft[] = [];
    rows.push(newRhk(rows));
    expect(rows[0]).toMatchObject({ rhkId: 'rhk-1', kind: 'UTAMA', indicators: [{ indicatorId: 'iki-1', direction: 'HIGHER_IS_BETTER' }] });
    rows[0]!.indicators.push(newIndicator(rows));
    rows.push(newRhk(rows));
    expect(rows[1]).toMatchObject({ rhkId: 'rhk-2', kind: 'TAMBAHAN', indicators: [{ indicatorId: 'iki-3' }] });
    expect(newIndicator([{ ...rows[0]!, indicators: [{ ...rows[0]!.indicators[0]!, indicatorId: 'iki-7' }] }]).indicatorId).toBe('iki-8');
  });

  it('reads Indonesian decimals and builds the API body', () => {
    const [row] = draftsOf([
      { rhkId: 'rhk-1', kind: 'UTAMA', text: ' Laporan surveilans ', indicators: [{ indicatorId: 'iki-1', name: 'Dokumen', aspek: 'KUANTITAS', target: 12.5, satuan: 'dokumen', direction: 'HIGHER_IS_BETTER' }] },
    ]);
    expect(row!.indicators[0]!.target).toBe('12,5');
    expect(validateSkp([row!], true)).toEqual({
      ok: true,
      rhk: [{ rhkId: 'rhk-1', kind: 'UTAMA', text: 'Laporan surveilans', indicators: [{ indicatorId: 'iki-1', name: 'Dokumen', aspek: 'KUANTITAS', target: 12.5, satuan: 'dokumen', direction: 'HIGHER_IS_BETTER' }] }],
    });
  });

  it('marks each problem at its API field path, and asks for an UTAMA row before submitting', () => {
    const rows = [newRhk([])];
    rows[0]!.kind = 'TAMBAHAN';
    rows[0]!.text = 'Kegiatan';
    rows[0]!.indicators[0]!.target = '0';
    const result = validateSkp(rows, true);
    expect(result).toEqual({
      ok: false,
      summary: expect.stringMatching(/RHK utama/),
      errors: {
        'rhk.0.indicators.0.name': 'Nama indikator wajib diisi.',
        'rhk.0.indicators.0.satuan': 'Satuan wajib diisi.',
        'rhk.0.indicators.0.target': 'Target harus lebih besar dari 0.',
      },
    });
    expect(validateSkp([])).toMatchObject({ ok: false, summary: expect.stringMatching(/paling sedikit satu RHK/) });
  });
});
