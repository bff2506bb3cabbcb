/**
 * Employee CSV files for import tests: a header in the brief's column order and rows built from
 * valid NIPs (Perka BKN 22/2007), so a test states only what it is about.
 */
export const CSV_HEADER = ['nip', 'nama', 'email', 'jabatan', 'golongan', 'unit_id', 'unit_nama', 'nip_atasan'] as const;
export type CsvRow = Record<(typeof CSV_HEADER)[number], string>;

/** Born 1 January 1980, appointed in January of 2000 + ⌊n / 1000⌋, male, sequence n mod 1000: unique for n < 10,000. */
export const testNip = (n: number) => `19800101${2000 + Math.floor(n / 1000)}011${String(n % 1000).padStart(3, '0')}`;

export function csvFile(rows: readonly CsvRow[], delimiter: ',' | ';' = ','): string {
  const quote = (value: string) => (/[",;\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return [CSV_HEADER.join(delimiter), ...rows.map((row) => CSV_HEADER.map((column) => quote(row[column])).join(delimiter))].join('\r\n') + '\r\n';
}

/**
 * A whole city: `units` OPDs under one Sekretaris Daerah, each with a head, four kepala bidang and staff,
 * `total` people in all. Unit ids start with `prefix` and NIPs with `testNip(firstNip)`, so several organisations can share a table.
 */
export function cityRows(total: number, units: number, prefix: string, firstNip = 0): CsvRow[] {
  const rows: CsvRow[] = [];
  const add = (n: number, unit: number, jabatan: string, golongan: string, supervisor?: number) =>
    rows.push({
      nip: testNip(firstNip + n),
      nama: `Pegawai ${prefix} ${n}`,
      email: `pegawai.${prefix}.${n}@kendarikota.go.id`,
      jabatan,
      golongan,
      unit_id: `${prefix}-${unit}`,
      unit_nama: `OPD ${prefix.toUpperCase()} ${unit}`,
      nip_atasan: supervisor === undefined ? '' : testNip(firstNip + supervisor),
    });
  add(0, 0, 'Sekretaris Daerah', 'IV/e');
  let n = 1;
  const heads = Array.from({ length: units }, (_, u) => (u === 0 ? 0 : (add(n, u, 'Kepala OPD', 'IV/c', 0), n++)));
  const kabid = heads.flatMap((head, u) => Array.from({ length: 4 }, () => (add(n, u, 'Kepala Bidang', 'IV/a', head), n++)));
  for (let i = 0; n < total; i++, n++) {
    const boss = kabid[i % kabid.length]!;
    add(n, Math.floor((i % kabid.length) / 4), 'Analis', 'III/b', boss);
  }
  return rows;
}
