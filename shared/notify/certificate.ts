import type { Predikat } from '../domain/quadrant.ts';
import { formatWitaDate, type IsoDate } from '../domain/time.ts';
import type { CertificateKind } from './notice.ts';
import { CERTIFICATE_TITLES } from './templates.ts';

/** A piagam as issued: what the PDF prints, keyed by its verification id. */
export interface Certificate {
  readonly certificateId: string;
  readonly kind: CertificateKind;
  readonly nip: string;
  readonly name: string;
  readonly jabatan: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly periodId: string;
  readonly periodName: string;
  readonly predikat: Predikat;
  readonly rankInUnit?: number;
  readonly issuedOn: IsoDate;
  readonly issuedAt: string;
  /** Set when a keberatan decision, or a close after the period was reopened, withdrew the award: the code then verifies as no longer valid. */
  readonly revokedAt?: string;
  readonly revokedOn?: IsoDate;
  readonly revocationReason?: string;
  /** What withdrew it; absent on piagams revoked before the period could be reopened (keberatan). */
  readonly revocationCause?: RevocationCause;
}

export type RevocationCause = 'KEBERATAN' | 'PENUTUPAN_ULANG';

const REVOKED_BECAUSE: Readonly<Record<RevocationCause, string>> = {
  KEBERATAN: 'atas keputusan keberatan yang mengubah hasil penilaian kinerja',
  PENUTUPAN_ULANG: 'karena hasil penilaian kinerja berubah setelah periode dibuka kembali oleh BKPSDM untuk koreksi',
};

/**
 * What `GET /api/public/certificates/{id}` (shown by the verification page) confirms to anyone holding the piagam: no NIP, no scores.
 * A revoked piagam still answers, so whoever holds the paper learns it no longer counts, and since when.
 */
export interface PublicCertificate {
  readonly certificateId: string;
  readonly valid: boolean;
  readonly kind: CertificateKind;
  readonly title: string;
  readonly name: string;
  readonly unitName: string;
  readonly periodId: string;
  readonly periodName: string;
  readonly issuedOn: IsoDate;
  readonly revokedOn?: IsoDate;
  readonly message?: string;
}

export function publicFacts(certificate: Certificate): PublicCertificate {
  const revoked = certificate.revokedOn
    ? {
        revokedOn: certificate.revokedOn,
        message: `Piagam ini dicabut pada ${formatWitaDate(certificate.revokedOn)} ${REVOKED_BECAUSE[certificate.revocationCause ?? 'KEBERATAN']}, dan tidak berlaku lagi.`,
      }
    : {};
  return {
    certificateId: certificate.certificateId,
    valid: !certificate.revokedOn,
    kind: certificate.kind,
    title: CERTIFICATE_TITLES[certificate.kind],
    name: certificate.name,
    unitName: certificate.unitName,
    periodId: certificate.periodId,
    periodName: certificate.periodName,
    issuedOn: certificate.issuedOn,
    ...revoked,
  };
}

// Crockford base32: no I, L, O or U, so a code read off paper is hard to mistype.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CERTIFICATE_ID = /^[0-9A-HJKMNP-TV-Z]{16}$/;

/**
 * A new verification id: 16 characters of 80 random bits. Random rather than derived from (nip, period, kind),
 * because a derived id would let anyone who knows a NIP ask the public route whether that person won an award;
 * it is still one per (nip, period, kind), since the owner's pointer makes a re-run read back the first one.
 */
export function newCertificateId(randomBytes: (size: number) => Uint8Array): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let id = '';
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      id += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return id;
}

/**
 * The public verification page for a piagam (web/verifikasi.html), which reads the code from the query and asks
 * `GET /api/public/certificates/{id}`: what the QR code, the printed link and the emails point to. A query string
 * rather than a path or a fragment, so it survives QR readers, is served by any static host and is readable on paper.
 */
export function certificateUrl(publicBaseUrl: string, certificateId: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/verifikasi.html?kode=${certificateId}`;
}
