/** The route's own limit (shared/http/schemas/reports.ts BulkVerifyBody). */
export const MAX_BULK_VERIFY = 30;

export interface BulkVerifyBody {
  readonly periodId: string;
  readonly reports: readonly { readonly nip: string; readonly reportId: string }[];
  readonly status: 'SESUAI';
}

/**
 * "Tandai sesuai" for the reports ticked on one team member's page: the request, or why it cannot be sent
 * (nothing chosen, more than the route takes at once). The same report ticked twice is sent once.
 */
export function bulkVerifyRequest(periodId: string, nip: string, reportIds: readonly string[]): { ok: true; body: BulkVerifyBody } | { ok: false; message: string } {
  const unique = [...new Set(reportIds)];
  if (unique.length === 0) return { ok: false, message: 'Pilih paling sedikit satu laporan.' };
  if (unique.length > MAX_BULK_VERIFY) {
    return { ok: false, message: `Paling banyak ${MAX_BULK_VERIFY} laporan sekali tandai; ${unique.length} dipilih. Kurangi pilihan lalu ulangi.` };
  }
  return { ok: true, body: { periodId, reports: unique.map((reportId) => ({ nip, reportId })), status: 'SESUAI' } };
}
