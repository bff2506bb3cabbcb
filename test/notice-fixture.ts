import type { Employee } from '../shared/domain/people.ts';
import type { Result } from '../shared/domain/result.ts';
import type { NoticeDraft, NoticeFacts } from '../shared/notify/notice.ts';

/** Results and notices as the close writes them, for the notice tests. */
export const employee = (overrides: Partial<Employee> = {}): Employee => ({
  nip: '198807122015031004',
  name: 'La Ode Muhammad Arif',
  email: 'arif@example.kendari.go.id',
  jabatan: 'Epidemiolog Kesehatan Ahli Pertama',
  golongan: 'III/b',
  unitId: 'dinkes',
  supervisorNip: '197303141997022002',
  roles: [],
  ...overrides,
});

export const supervisor = employee({
  nip: '197303141997022002',
  name: 'Hj. Wa Ode Nurhayati',
  email: 'kabid.p2p@example.kendari.go.id',
  jabatan: 'Kepala Bidang P2P',
  supervisorNip: '196503071995011001',
});

export const result = (overrides: Partial<Result> = {}): Result => ({
  nip: '198807122015031004',
  periodId: '2026-11',
  name: 'La Ode Muhammad Arif',
  unitId: 'dinkes',
  jabatan: 'Epidemiolog Kesehatan Ahli Pertama',
  assessorNip: '197303141997022002',
  hasilKerja: 'SESUAI',
  perilaku: 'SESUAI',
  predikat: 'BAIK',
  score: 80,
  incentiveFactor: 1,
  feedback: 'Pertahankan ketepatan laporan surveilans.',
  decisions: [],
  policyVersion: 'tindak-lanjut-2026.1',
  revision: 1,
  scoredAt: '2026-12-05T16:10:00.000Z',
  ...overrides,
});

export const facts = (overrides: Partial<NoticeFacts> = {}): NoticeFacts => ({
  nip: '198807122015031004',
  employeeName: 'La Ode Muhammad Arif',
  jabatan: 'Epidemiolog Kesehatan Ahli Pertama',
  unitName: 'Dinas Kesehatan',
  periodId: '2026-11',
  periodName: 'November 2026',
  hasilKerja: 'SESUAI',
  perilaku: 'SESUAI',
  predikat: 'BAIK',
  feedback: 'Pertahankan ketepatan laporan surveilans.',
  supervisorName: 'Hj. Wa Ode Nurhayati',
  incentiveFactor: 1,
  decisions: [],
  certificates: [],
  ...overrides,
});

/** A HASIL notice for one made-up employee; `nip` and `email` keep notices of different tests apart. */
export function hasilDraft(nip: string, email: string | undefined, overrides: Partial<NoticeDraft> = {}): NoticeDraft {
  return {
    noticeId: `${nip}_2026-11_HASIL_R1`,
    nip,
    periodId: '2026-11',
    kind: 'HASIL',
    revision: 1,
    to: [{ name: `Pegawai ${nip.slice(-4)}`, email }],
    cc: [],
    facts: facts({ nip, employeeName: `Pegawai ${nip.slice(-4)}` }),
    ...overrides,
  };
}
