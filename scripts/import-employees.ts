/**
 * `npm run import -- pegawai.csv`: BKPSDM's employee CSV into the table, the same import as
 * `POST /api/admin/employees/import` (same parsing, same checks, same report), with a progress bar.
 *
 * It talks straight to DynamoDB, not through the HTTP API, so it can show progress while writing and is
 * not bound by the API's 5 MB body limit or the function's 10 s timeout:
 * - with neither TABLE_NAME nor DYNAMODB_ENDPOINT set, it writes to the system `npm start` runs
 *   (DynamoDB Local on 127.0.0.1:$DYNAMODB_PORT, default 8000, table ekinerja-local): start that first;
 * - DYNAMODB_ENDPOINT (and optionally TABLE_NAME) point it at another DynamoDB Local;
 * - TABLE_NAME alone means the real table in AWS, with credentials and AWS_REGION from the environment.
 * Exit status: 0 all lines imported, 1 some lines rejected (the others were written), 2 nothing imported.
 */
import { readFileSync } from 'node:fs';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
if (!process.env.TABLE_NAME && !process.env.DYNAMODB_ENDPOINT) {
  process.env.DYNAMODB_ENDPOINT = `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`;
}
process.env.TABLE_NAME ??= 'ekinerja-local';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error('Pemakaian: npm run import -- <berkas.csv>');
  process.exit(2);
}

let text: string;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
} catch (error) {
  const unreadable = error instanceof TypeError;
  console.error(unreadable ? `${file} bukan teks UTF-8: di Excel, simpan sebagai "CSV UTF-8 (Comma delimited)".` : `Berkas ${file} tidak dapat dibaca: ${(error as Error).message}`);
  process.exit(2);
}

const { importEmployees } = await import('../shared/services/employee-import.ts');
const { DomainError } = await import('../shared/domain/errors.ts');

const target = process.env.DYNAMODB_ENDPOINT ? `${process.env.DYNAMODB_ENDPOINT} (tabel ${process.env.TABLE_NAME})` : `tabel ${process.env.TABLE_NAME} di AWS`;
console.log(`Mengimpor ${file} ke ${target}; membandingkan dengan data tersimpan…`);
const started = Date.now();
const bar = progressBar(process.stderr);

try {
  const report = await importEmployees(text, new Date(), bar.update);
  bar.done();
  console.log(
    `Selesai dalam ${((Date.now() - started) / 1000).toFixed(1)} detik. Pegawai: ${report.created} baru, ${report.updated} diubah, ${report.unchanged} tetap, ${report.rejected} baris ditolak. ` +
      `Unit: ${report.units.created} baru, ${report.units.updated} diubah, ${report.units.unchanged} tetap.`,
  );
  if (report.ignoredColumns.length > 0) console.log(`Kolom yang tidak dipakai: ${report.ignoredColumns.join(', ')}.`);
  for (const error of report.errors) console.log(`  baris ${error.line}${error.column ? ` (${error.column})` : ''}: ${error.message}`);
  process.exit(report.rejected > 0 ? 1 : 0);
} catch (error) {
  bar.done();
  if (error instanceof DomainError) console.error(`Tidak ada yang diimpor: ${error.message}`);
  else if ((error as { code?: string }).code === 'ECONNREFUSED' || /ECONNREFUSED/.test(String((error as Error).message))) {
    console.error(`DynamoDB tidak menjawab di ${process.env.DYNAMODB_ENDPOINT}: jalankan \`npm start\` dulu, atau atur DYNAMODB_ENDPOINT.`);
  } else console.error(`Impor gagal: ${(error as Error).message}. Baris yang sudah ditulis aman; jalankan ulang untuk melanjutkan.`);
  process.exit(2);
}

/** A one-line bar redrawn in place on a terminal; silent when output goes to a file or pipe. */
function progressBar(stream: NodeJS.WriteStream) {
  const width = 30;
  let drawn = false;
  return {
    update: (written: number, total: number) => {
      if (!stream.isTTY || total === 0) return;
      const filled = Math.round((written / total) * width);
      stream.write(`\r  menulis [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.floor((written / total) * 100)).padStart(3)}% ${written}/${total} pegawai`);
      drawn = true;
    },
    done: () => {
      if (drawn) stream.write('\n');
    },
  };
}
