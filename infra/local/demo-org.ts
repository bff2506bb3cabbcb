import type { Employee, Unit } from '../../shared/domain/people.ts';
import type { Role } from '../../shared/domain/roles.ts';

/**
 * A deterministic demo Kota Kendari: real OPD names (DOMAIN.md), a Sekretaris Daerah at the top,
 * each unit with a head, two or three kepala bidang and their staff: about 300 people with valid NIPs.
 * Names are common in Southeast Sulawesi; the people are invented.
 */
const UNITS: readonly { unitId: string; name: string; head: string; bidang: readonly string[] }[] = [
  { unitId: 'setda', name: 'Sekretariat Daerah', head: 'Sekretaris Daerah', bidang: ['Kepala Bagian Organisasi', 'Kepala Bagian Umum'] },
  { unitId: 'bkpsdm', name: 'BKPSDM', head: 'Kepala BKPSDM', bidang: ['Kepala Bidang Penilaian Kinerja Aparatur', 'Kepala Bidang Pengembangan Kompetensi'] },
  { unitId: 'dinkes', name: 'Dinas Kesehatan', head: 'Kepala Dinas Kesehatan', bidang: ['Kepala Bidang Kesehatan Masyarakat', 'Kepala Bidang Pencegahan dan Pengendalian Penyakit', 'Kepala Bidang Pelayanan Kesehatan'] },
  { unitId: 'disdik', name: 'Dinas Pendidikan', head: 'Kepala Dinas Pendidikan', bidang: ['Kepala Bidang Pembinaan SD', 'Kepala Bidang Pembinaan SMP', 'Kepala Bidang PAUD'] },
  { unitId: 'bappeda', name: 'Bappeda', head: 'Kepala Bappeda', bidang: ['Kepala Bidang Perencanaan Pembangunan', 'Kepala Bidang Penelitian dan Pengembangan'] },
  { unitId: 'bapenda', name: 'Bapenda', head: 'Kepala Bapenda', bidang: ['Kepala Bidang Pendataan dan Penetapan', 'Kepala Bidang Penagihan'] },
  { unitId: 'disparekraf', name: 'Dinas Pariwisata dan Ekonomi Kreatif', head: 'Kepala Dinas Pariwisata', bidang: ['Kepala Bidang Destinasi Wisata', 'Kepala Bidang Ekonomi Kreatif'] },
  { unitId: 'dp3a', name: 'Dinas P3A', head: 'Kepala Dinas P3A', bidang: ['Kepala Bidang Perlindungan Perempuan', 'Kepala Bidang Pemenuhan Hak Anak'] },
  { unitId: 'dlhk', name: 'DLHK', head: 'Kepala DLHK', bidang: ['Kepala Bidang Pengelolaan Sampah', 'Kepala Bidang Pertamanan'] },
  { unitId: 'satpolpp', name: 'Satpol PP', head: 'Kepala Satpol PP', bidang: ['Kepala Bidang Penegakan Perda', 'Kepala Bidang Ketertiban Umum'] },
  { unitId: 'bpbd', name: 'BPBD', head: 'Kepala Pelaksana BPBD', bidang: ['Kepala Bidang Kedaruratan dan Logistik', 'Kepala Bidang Pencegahan'] },
  { unitId: 'damkar', name: 'Dinas Pemadam Kebakaran', head: 'Kepala Dinas Pemadam Kebakaran', bidang: ['Kepala Bidang Operasi', 'Kepala Bidang Sarana'] },
  { unitId: 'dishub', name: 'Dinas Perhubungan', head: 'Kepala Dinas Perhubungan', bidang: ['Kepala Bidang Lalu Lintas', 'Kepala Bidang Angkutan'] },
  { unitId: 'inspektorat', name: 'Inspektorat', head: 'Inspektur', bidang: ['Inspektur Pembantu Wilayah I', 'Inspektur Pembantu Wilayah II'] },
  { unitId: 'kec-mandonga', name: 'Kecamatan Mandonga', head: 'Camat Mandonga', bidang: ['Sekretaris Kecamatan Mandonga', 'Kepala Seksi Pelayanan Umum'] },
  { unitId: 'kec-poasia', name: 'Kecamatan Poasia', head: 'Camat Poasia', bidang: ['Sekretaris Kecamatan Poasia', 'Kepala Seksi Pemerintahan'] },
];

const STAFF_JABATAN = ['Analis Kebijakan', 'Pranata Komputer', 'Pengadministrasi Umum', 'Analis SDM Aparatur', 'Bendahara', 'Penyusun Program', 'Pengelola Data', 'Arsiparis'];
const MALE = ['Muhammad', 'Ahmad', 'La Ode Rusdin', 'Andi Syahrir', 'Jumadil', 'Asrun', 'Sulkarnain', 'Ridwan', 'Amiruddin', 'Baharuddin', 'Hamzah', 'Irwan', 'Safaruddin', 'Yusran', 'Alimuddin', 'Haerul', 'Abdul Rahman', 'Ilham', 'Rasyid', 'Syamsul'];
const FEMALE = ['Siti Aminah', 'Nurhayati', 'Rahmawati', 'Wa Ode Fitriani', 'Hasnah', 'Andi Nurul', 'Sitti Marwah', 'Fatmawati', 'Nurlina', 'Hartati', 'Wa Ode Sarni', 'Rosmiati', 'Irmawati', 'Kasmawati', 'Jumriati', 'Rini'];
const FAMILY = ['Lakidende', 'Tamburaka', 'Saranani', 'Silondae', 'Kapita', 'Basri', 'Nasrun', 'Tamrin', 'Pagala', 'Lasandara', 'Rauf', 'Hamid', 'Sabara', 'Tosepu', 'Mokodompit', 'Lamuse', 'Rahim', 'Sarita', 'Tawulo', 'Anwar'];
const GOLONGAN_STAFF = ['II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d'];

/** A small seeded generator (mulberry32), so every machine gets the same demo people. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoOrganisation {
  readonly units: Unit[];
  readonly employees: Employee[];
  /** The people offered on the local sign-in screen, one per role worth trying. */
  readonly identities: string[];
}

export function demoOrganisation(staffPerBidang = 8): DemoOrganisation {
  const next = seededRandom(20261130);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const usedNips = new Set<string>();

  const person = (unitId: string, jabatan: string, golongan: string, supervisorNip: string | undefined, roles: Role[], seniority: number): Employee => {
    const female = next() < 0.5;
    const birthYear = 1996 - seniority * 6 - Math.floor(next() * 8);
    const birth = `${birthYear}${String(1 + Math.floor(next() * 12)).padStart(2, '0')}${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const appointed = `${birthYear + 23 + Math.floor(next() * 5)}${String(1 + Math.floor(next() * 12)).padStart(2, '0')}`;
    let nip: string;
    do nip = `${birth}${appointed}${female ? 2 : 1}${String(1 + Math.floor(next() * 999)).padStart(3, '0')}`;
    while (usedNips.has(nip));
    usedNips.add(nip);
    const name = `${pick(female ? FEMALE : MALE)} ${pick(FAMILY)}`;
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${nip.slice(-4)}@demo.kendarikota.go.id`;
    return { nip, name, email, jabatan, golongan, unitId, ...(supervisorNip ? { supervisorNip } : {}), roles };
  };

  const units: Unit[] = [];
  const employees: Employee[] = [];
  const identities: string[] = [];
  let sekda: Employee | undefined;

  for (const unit of UNITS) {
    const head = person(unit.unitId, unit.head, unit.unitId === 'setda' ? 'IV/e' : 'IV/c', sekda?.nip, ['pimpinan'], 4);
    if (!sekda) sekda = head;
    units.push({ unitId: unit.unitId, name: unit.name, headNip: head.nip });
    employees.push(head);
    unit.bidang.forEach((jabatan, b) => {
      const kabid = person(unit.unitId, jabatan, 'IV/a', head.nip, [], 3);
      employees.push(kabid);
      for (let s = 0; s < staffPerBidang; s++) {
        const isAdmin = unit.unitId === 'bkpsdm' && b === 0 && s === 0;
        const isAuditor = unit.unitId === 'inspektorat' && b === 0 && s === 0;
        const staff = person(unit.unitId, isAdmin ? 'Analis SDM Aparatur Ahli Muda' : pick(STAFF_JABATAN), pick(GOLONGAN_STAFF), kabid.nip, isAdmin ? ['admin'] : isAuditor ? ['auditor'] : [], s % 3);
        employees.push(staff);
        if (isAdmin || isAuditor || (unit.unitId === 'dinkes' && b === 0 && s < 2)) identities.push(staff.nip);
      }
      if (unit.unitId === 'dinkes' && b === 0) identities.push(kabid.nip);
    });
    if (unit.unitId === 'dinkes') identities.push(head.nip);
  }
  return { units, employees, identities };
}
