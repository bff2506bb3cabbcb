import { getCertificate } from '../data/certificate-repository.ts';
import { NotFound } from '../domain/errors.ts';
import { publicFacts, type PublicCertificate } from '../notify/certificate.ts';

/** What the piagam's QR code opens: the certificate's public facts, or 404 for an id that was never issued. */
export async function verifyCertificate(certificateId: string): Promise<PublicCertificate> {
  const certificate = await getCertificate(certificateId);
  if (!certificate) throw new NotFound('Piagam dengan kode verifikasi ini tidak ditemukan. Periksa kembali kodenya; piagam tanpa kode yang terdaftar tidak sah.');
  return publicFacts(certificate);
}
