import { describe, expect, it } from 'vitest';
import { jpSummary, validateTraining, type TrainingFields } from './training-model.ts';

const today = '2026-11-30';
const filled: TrainingFields = {
  title: ' Pelatihan analisis data surveilans ',
  kind: 'PELATIHAN_TEKNIS',
  startsOn: '2026-11-02',
  endsOn: '2026-11-04',
  hours: '24,5',
  provider: '',
  evidenceUrl: '',
};

describe('validateTraining', () => {
  it('turns the typed fields into the API body: trimmed, decimal comma read, empty optionals left out', () => {
    expect(validateTraining(filled, today)).toEqual({
      ok: true,
      training: { title: 'Pelatihan analisis data surveilans', kind: 'PELATIHAN_TEKNIS', startsOn: '2026-11-02', endsOn: '2026-11-04', hours: 24.5 },
    });
  });

  it('names each field at fault, as the server would', () => {
    const result = validateTraining({ title: '', kind: 'KURSUS_MENJAHIT', startsOn: '2026-02-30', endsOn: '2026-12-01', hours: '0', provider: 'x'.repeat(301), evidenceUrl: 'http://lms.example.id' }, today);
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'Nama kegiatan wajib diisi.',
        kind: 'Pilih jenis pengembangan kompetensi.',
        startsOn: 'Tanggal mulai wajib diisi dengan tanggal yang sah.',
        endsOn: 'Catat setelah kegiatan selesai; tanggal selesai belum terjadi.',
        hours: 'Jumlah JP harus lebih dari 0.',
        provider: 'Penyelenggara paling banyak 300 karakter.',
        evidenceUrl: 'Tautan bukti harus alamat https:// yang sah.',
      },
    });
  });

  it('refuses an end before the start, and hours that are no number', () => {
    const result = validateTraining({ ...filled, startsOn: '2026-11-05', hours: '1.234,5' }, today);
    expect(result).toEqual({ ok: false, errors: { endsOn: 'Tanggal selesai tidak boleh sebelum tanggal mulai.', hours: 'Jumlah JP harus berupa angka, mis. 8 atau 2,5.' } });
  });
});

describe('jpSummary', () => {
  it('says how far from the 20 JP a year, in Indonesian numbers', () => {
    expect(jpSummary({ totalJp: 12.5, targetJp: 20, remainingJp: 7.5, met: false })).toBe('12,5 dari 20 JP · kurang 7,5 JP');
    expect(jpSummary({ totalJp: 22, targetJp: 20, remainingJp: 0, met: true })).toBe('22 dari 20 JP · target tercapai');
  });
});
