import { createPeriod } from '../shared/data/period-repository.ts';
import { putEmployee } from '../shared/data/employee-repository.ts';
import { saveSkpIfVersion } from '../shared/data/skp-repository.ts';
import { putUnit } from '../shared/data/unit-repository.ts';
import { definePeriod, type Period } from '../shared/domain/period.ts';
import { witaDateOf } from '../shared/domain/time.ts';
import type { Employee } from '../shared/domain/people.ts';
import type { Indicator } from '../shared/domain/skp.ts';

/**
 * A tiny Dinas Kesehatan: a head, a supervisor, two staff; and a second unit with its own supervisor.
 * NIPs are valid per Perka BKN 22/2007 (the first two are real Kendari examples from DOMAIN.md).
 */
export const people = {
  head: { nip: '196503071995011001', name: 'dr. Rahmawati Saranani', email: 'kadis.dinkes@example.kendari.go.id', jabatan: 'Kepala Dinas Kesehatan', golongan: 'IV/c', unitId: 'dinkes', roles: ['pimpinan'] },
  supervisor: { nip: '197303141997022002', name: 'Hj. Wa Ode Nurhayati', email: 'kabid.p2p@example.kendari.go.id', jabatan: 'Kepala Bidang P2P', golongan: 'IV/a', unitId: 'dinkes', supervisorNip: '196503071995011001', roles: [] },
  staff: { nip: '198807122015031004', name: 'La Ode Muhammad Arif', email: 'arif@example.kendari.go.id', jabatan: 'Epidemiolog Kesehatan Ahli Pertama', golongan: 'III/b', unitId: 'dinkes', supervisorNip: '197303141997022002', roles: [] },
  colleague: { nip: '199001252019032009', name: 'Andi Sitti Marwah', email: 'marwah@example.kendari.go.id', jabatan: 'Pranata Komputer', golongan: 'III/a', unitId: 'dinkes', supervisorNip: '197303141997022002', roles: [] },
  otherSupervisor: { nip: '197905202005011003', name: 'Muh. Yusran Tamburaka', email: 'kabid.dikdas@example.kendari.go.id', jabatan: 'Kepala Bidang Pendidikan Dasar', golongan: 'IV/a', unitId: 'disdik', roles: [] },
  admin: { nip: '198102152006042001', name: 'Nurlina Basri', email: 'admin.bkpsdm@example.kendari.go.id', jabatan: 'Analis SDM Aparatur', golongan: 'III/d', unitId: 'bkpsdm', roles: ['admin'] },
} satisfies Record<string, Employee>;

export async function seedOrg(): Promise<void> {
  await Promise.all([
    putUnit({ unitId: 'dinkes', name: 'Dinas Kesehatan', headNip: people.head.nip }),
    putUnit({ unitId: 'disdik', name: 'Dinas Pendidikan' }),
    putUnit({ unitId: 'bkpsdm', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' }),
    ...Object.values(people).map((person) => putEmployee(person)),
  ]);
}

/** The monthly period containing `date` (default: today in WITA), in the given status. */
export async function seedMonthPeriod(date = witaDateOf(new Date()), status: Period['status'] = 'OPEN'): Promise<Period> {
  const period = { ...definePeriod('BULANAN', Number(date.slice(0, 4)), Number(date.slice(5, 7)), 5), status };
  await createPeriod(period);
  return period;
}

/**
 * An approved SKP for one person and year, with indicators by id (target and direction as given; by default a
 * KUANTITAS count of dokumen, which accumulates over a period), written through the same save as the API so it
 * reads back exactly as an approved plan would.
 */
export async function seedApprovedSkp(
  nip: string,
  year: number,
  indicators: readonly { indicatorId: string; target: number; direction?: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER'; kind?: 'UTAMA' | 'TAMBAHAN'; aspek?: Indicator['aspek']; satuan?: string }[],
): Promise<void> {
  const now = new Date().toISOString();
  const rhk = indicators.map((indicator, i) => ({
    rhkId: `rhk-${i + 1}`,
    kind: indicator.kind ?? 'UTAMA',
    text: `Hasil kerja ${i + 1}`,
    indicators: [
      {
        indicatorId: indicator.indicatorId,
        name: `Indikator ${indicator.indicatorId}`,
        aspek: indicator.aspek ?? 'KUANTITAS',
        target: indicator.target,
        satuan: indicator.satuan ?? 'dokumen',
        direction: indicator.direction ?? 'HIGHER_IS_BETTER',
      },
    ],
  }));
  const skp = { nip, year, revision: 1, status: 'APPROVED' as const, rhk, supervisorNip: people.supervisor.nip, version: 1, updatedAt: now, decidedAt: now };
  await saveSkpIfVersion(skp, 0, { actorNip: people.supervisor.nip, action: 'SKP_APPROVED', at: now });
}
