/**
 * The official quadrant (PermenPANRB 6/2022, BKN material): Hasil Kerja × Perilaku Kerja → predikat.
 * Kept as data so the table can be read against the regulation cell by cell; golden tests cover all nine cells.
 */
export const RATINGS = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const;
export type Rating = (typeof RATINGS)[number];

export const PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type Predikat = (typeof PREDIKATS)[number];

/** QUADRANT[hasilKerja][perilaku] */
export const QUADRANT: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  DI_ATAS: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'SANGAT_BAIK' },
  SESUAI: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'BAIK' },
  DI_BAWAH: { DI_BAWAH: 'SANGAT_KURANG', SESUAI: 'BUTUH_PERBAIKAN', DI_ATAS: 'BUTUH_PERBAIKAN' },
};

export function predikatOf(hasilKerja: Rating, perilaku: Rating): Predikat {
  return QUADRANT[hasilKerja][perilaku];
}

export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  DI_ATAS: 'Di Atas Ekspektasi',
  SESUAI: 'Sesuai Ekspektasi',
  DI_BAWAH: 'Di Bawah Ekspektasi',
};

export const PREDIKAT_LABELS: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};
