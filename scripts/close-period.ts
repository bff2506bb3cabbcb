/**
 * `npm run close-period -- <periodId>`: closes a period through the running local system (`npm start`),
 * by the same route and event path the schedule and the admin screen use, and shows progress until CLOSED.
 * PORT selects the local system (default 3000).
 */
import { PERIOD_ID } from '../shared/domain/period.ts';

const periodId = process.argv[2];
if (!periodId || !PERIOD_ID.test(periodId)) {
  console.error('Pemakaian: npm run close-period -- <kode periode, mis. 2026-11>');
  process.exit(2);
}
const base = `http://localhost:${process.env.PORT ?? 3000}`;

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${base}${path}`, init).catch(() => {
    throw new Error(`Sistem lokal tidak menjawab di ${base}; jalankan dulu npm start.`);
  });
  const body = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
  return body;
}

function bar(done: number, total: number): string {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} unit`;
}

try {
  const identities = await api<{ items: { nip: string; roles: string[] }[] }>('/api/dev/identities');
  const admin = identities.items.find((i) => i.roles.includes('admin'));
  if (!admin) throw new Error('Tidak ada identitas admin di data contoh.');
  const { token } = await api<{ token: string }>('/api/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nip: admin.nip }) });
  const headers = { authorization: `Bearer ${token}` };
  const started = Date.now();
  const outcome = await api<{ status: string; unitsRequested: number }>(`/api/admin/periods/${periodId}/close`, { method: 'POST', headers });
  console.log(`Menutup periode ${periodId}: ${outcome.unitsRequested} unit diminta untuk dinilai.`);
  for (;;) {
    const progress = await api<{ status: string; unitsDone: number; unitsTotal: number; employeesScored: number; curveWarnings: { unitId: string; warnings: string[] }[] }>(
      `/api/admin/periods/${periodId}/close`,
      { headers },
    );
    process.stdout.write(`\r${bar(progress.unitsDone, progress.unitsTotal)}  ${progress.employeesScored} pegawai  `);
    if (progress.status === 'CLOSED') {
      console.log(`\nPeriode ${periodId} ditutup dalam ${((Date.now() - started) / 1000).toFixed(1)} detik.`);
      for (const unit of progress.curveWarnings) console.log(`  Peringatan kurva ${unit.unitId}: ${unit.warnings.join(' ')}`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
} catch (error) {
  console.error(`\nGagal: ${(error as Error).message}`);
  process.exit(1);
}
