import { describe, expect, it } from 'vitest';
import { adoptionRows, neighbourWeeks, nudgeEffect, reminderRows, shareText, weekLabel, type Adoption } from './adoption-model.ts';

const NBSP = '\u00a0';
const view: Adoption = {
  unit: { unitId: 'dinkes', name: 'Dinas Kesehatan' },
  week: { startsOn: '2026-11-16', endsOn: '2026-11-22' },
  asOf: '2026-11-30T00:00:00.000Z',
  reporting: { employees: 3, excluded: 1, reported: 2, share: 0.667 },
  skp: { year: 2026, employees: 4, approved: 1, share: 0.25 },
  assessments: { periodId: '2026-11', periodName: 'November 2026', status: 'OPEN', employees: 4, finished: 1, share: 0.25 },
  reminders: { sentByKind: { NUDGE_LAPORAN: 2, ESKALASI: 1 }, total: 3, nudges: { sent: 2, reportedWithin3Days: 1, awaiting: 0, share: 0.5 } },
};

describe('shareText', () => {
  it('writes a fraction as an Indonesian percentage to one decimal, and a dash when nobody counts', () => {
    expect(shareText(0.955)).toBe(`95,5${NBSP}%`);
    expect(shareText(0.667)).toBe(`66,7${NBSP}%`);
    expect(shareText(1)).toBe(`100${NBSP}%`);
    expect(shareText(0)).toBe(`0${NBSP}%`);
    expect(shareText(null)).toBe('—');
  });
});

describe('adoptionRows', () => {
  it('lists reporting, approved SKPs, finished assessments and followed nudges as part, whole and share', () => {
    expect(adoptionRows(view)).toEqual([
      { key: 'reporting', label: 'Melapor kegiatan minggu ini', part: 2, whole: 3, share: 0.667, note: '1 pegawai dikecualikan (cuti, tugas belajar, pensiun) tidak dihitung.' },
      { key: 'skp', label: 'SKP 2026 disetujui atasan', part: 1, whole: 4, share: 0.25 },
      { key: 'assessments', label: 'Penilaian November 2026 final', part: 1, whole: 4, share: 0.25 },
      { key: 'nudges', label: 'Pengingat laporan yang diikuti laporan dalam 3 hari', part: 1, whole: 2, share: 0.5 },
    ]);
  });

  it('counts only nudges whose 3 days are over, and says how many are still awaited', () => {
    const nudges = adoptionRows({ ...view, reminders: { ...view.reminders, nudges: { sent: 5, reportedWithin3Days: 1, awaiting: 2, share: 0.333 } } })[3];
    expect(nudges).toMatchObject({ part: 1, whole: 3, share: 0.333, note: '2 pengingat masih ditunggu (3 hari belum lewat) dan belum dihitung.' });
  });

  it('says so when no assessment period runs in the week', () => {
    expect(adoptionRows({ ...view, assessments: null })[2]).toEqual({
      key: 'assessments',
      label: 'Penilaian periode',
      part: null,
      whole: null,
      share: null,
      note: 'Tidak ada periode penilaian yang berjalan pada minggu ini.',
    });
  });
});

describe('reminderRows', () => {
  it('names the kinds the schedules send, in their order, and keeps an unknown kind by its code', () => {
    expect(reminderRows({ NUDGE_JP: 1, ESKALASI: 2, NUDGE_LAPORAN: 3, DIGEST_ATASAN: 4, LAINNYA: 5 })).toEqual([
      { kind: 'NUDGE_LAPORAN', label: 'Pengingat laporan kegiatan (pegawai)', count: 3 },
      { kind: 'DIGEST_ATASAN', label: 'Ringkasan untuk atasan menjelang penutupan', count: 4 },
      { kind: 'ESKALASI', label: 'Eskalasi setelah penutupan', count: 2 },
      { kind: 'NUDGE_JP', label: 'Pengingat 20 JP pengembangan kompetensi', count: 1 },
      { kind: 'LAINNYA', label: 'LAINNYA', count: 5 },
    ]);
    expect(reminderRows({})).toEqual([]);
  });
});

describe('nudgeEffect', () => {
  it('splits the nudges into followed, awaited and not followed', () => {
    expect(Object.fromEntries(nudgeEffect({ sent: 1200, reportedWithin3Days: 700, awaiting: 100, share: 0.636 }))).toEqual({
      'Pengingat laporan terkirim': '1.200',
      'Melapor dalam 3 hari': '700',
      'Masih ditunggu': '100',
      'Tidak melapor dalam 3 hari': '400',
      'Efek pengingat': `63,6${NBSP}%`,
    });
  });
});

describe('weeks', () => {
  it('names a week by its dates and finds the Mondays around any day of it', () => {
    expect(weekLabel(view.week)).toBe('16–22 November 2026');
    expect(neighbourWeeks('2026-11-19')).toEqual({ previous: '2026-11-09', next: '2026-11-23', startsOn: '2026-11-16' });
    expect(neighbourWeeks('2026-12-31')).toEqual({ previous: '2026-12-21', next: '2027-01-04', startsOn: '2026-12-28' });
  });
});
