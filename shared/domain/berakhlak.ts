/**
 * The seven BerAKHLAK core values of the ASN and their behaviour guides (panduan perilaku),
 * on which Perilaku Kerja is rated. Shown to the assessor in the form.
 */
export const BERAKHLAK = [
  {
    key: 'BERORIENTASI_PELAYANAN',
    label: 'Berorientasi Pelayanan',
    guides: ['Memahami dan memenuhi kebutuhan masyarakat', 'Ramah, cekatan, solutif, dan dapat diandalkan', 'Melakukan perbaikan tiada henti'],
  },
  {
    key: 'AKUNTABEL',
    label: 'Akuntabel',
    guides: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  {
    key: 'KOMPETEN',
    label: 'Kompeten',
    guides: ['Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah', 'Membantu orang lain belajar', 'Melaksanakan tugas dengan kualitas terbaik'],
  },
  {
    key: 'HARMONIS',
    label: 'Harmonis',
    guides: ['Menghargai setiap orang apa pun latar belakangnya', 'Suka menolong orang lain', 'Membangun lingkungan kerja yang kondusif'],
  },
  {
    key: 'LOYAL',
    label: 'Loyal',
    guides: [
      'Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  {
    key: 'ADAPTIF',
    label: 'Adaptif',
    guides: ['Cepat menyesuaikan diri menghadapi perubahan', 'Terus berinovasi dan mengembangkan kreativitas', 'Bertindak proaktif'],
  },
  {
    key: 'KOLABORATIF',
    label: 'Kolaboratif',
    guides: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
] as const;

export type BerakhlakValue = (typeof BERAKHLAK)[number]['key'];
export const BERAKHLAK_KEYS = BERAKHLAK.map((value) => value.key) as [BerakhlakValue, ...BerakhlakValue[]];
