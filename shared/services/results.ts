import { getCertificatesOf } from '../data/certificate-repository.ts';
import { listResultsOf } from '../data/result-repository.ts';
import type { Result } from '../domain/result.ts';
import type { Actor } from '../domain/roles.ts';
import type { Certificate } from '../notify/certificate.ts';
import { certificateKindsOf } from '../notify/notice.ts';

/** A piagam as its owner's results list it: the code that verifies it (verifikasi.html, over `GET /api/public/certificates/{id}`), and whether it still stands. */
export interface OwnCertificate {
  readonly kind: Certificate['kind'];
  readonly certificateId: string;
  readonly issuedOn: string;
  readonly revokedOn?: string;
}

/**
 * The caller's own results, newest period first, or the one for a period. Only ever the caller's. Each carries the
 * piagams its awards earned (read by the caller's NIP in two BatchGets), so "Hasil saya" can link to their verification.
 */
export async function listOwnResults(actor: Actor, periodId?: string): Promise<{ items: (Result & { certificates: OwnCertificate[] })[] }> {
  const all = await listResultsOf(actor.nip);
  const results = periodId ? all.filter((r) => r.periodId === periodId) : all;
  const certificates = await getCertificatesOf(
    actor.nip,
    results.flatMap((result) => certificateKindsOf(result).map((kind) => ({ periodId: result.periodId, kind }))),
  );
  return {
    items: results.map((result) => ({
      ...result,
      certificates: certificates
        .filter((c) => c.periodId === result.periodId && certificateKindsOf(result).includes(c.kind))
        .sort((a, b) => a.kind.localeCompare(b.kind))
        .map((c) => ({ kind: c.kind, certificateId: c.certificateId, issuedOn: c.issuedOn, ...(c.revokedOn ? { revokedOn: c.revokedOn } : {}) })),
    })),
  };
}
