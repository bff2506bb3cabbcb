import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { PREDIKAT_LABELS } from '../domain/quadrant.ts';
import { formatWitaDate } from '../domain/time.ts';
import type { Certificate } from './certificate.ts';

/** A4 landscape, in points. */
const WIDTH = 841.89;
const HEIGHT = 595.28;
const NAVY = rgb(0.09, 0.22, 0.4);
const GOLD = rgb(0.72, 0.56, 0.2);
const INK = rgb(0.13, 0.13, 0.13);

export interface PiagamOptions {
  /** The public verification URL the QR code encodes. */
  readonly verifyUrl: string;
  /** Printed under the signature line (config PIAGAM_SIGNER). */
  readonly signer: string;
}

/**
 * The piagam: one A4 landscape page with the name, NIP, unit, period, predikat, the verification id
 * and a QR code to the public verification URL. The QR code is drawn as vector squares, so it prints sharp.
 * Pure apart from pdf-lib: the same certificate gives the same page (the PDF dates are pinned to the issue time).
 */
export async function renderPiagam(certificate: Certificate, options: PiagamOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const issued = new Date(certificate.issuedAt);
  pdf.setTitle(`Piagam ${certificate.certificateId}`);
  pdf.setAuthor('BKPSDM Kota Kendari');
  pdf.setSubject(`${title(certificate)}: ${safe(certificate.name)}`);
  pdf.setCreator('e-Kinerja Kota Kendari');
  pdf.setProducer('e-Kinerja Kota Kendari');
  pdf.setCreationDate(issued);
  pdf.setModificationDate(issued);
  const page = pdf.addPage([WIDTH, HEIGHT]);
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    serif: await pdf.embedFont(StandardFonts.TimesRomanBold),
    italic: await pdf.embedFont(StandardFonts.TimesRomanItalic),
  };

  page.drawRectangle({ x: 18, y: 18, width: WIDTH - 36, height: HEIGHT - 36, borderColor: NAVY, borderWidth: 4 });
  page.drawRectangle({ x: 28, y: 28, width: WIDTH - 56, height: HEIGHT - 56, borderColor: GOLD, borderWidth: 1.5 });

  centered(page, 'PEMERINTAH KOTA KENDARI', fonts.bold, 14, 530, NAVY);
  centered(page, 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA', fonts.regular, 11, 512, NAVY);
  page.drawLine({ start: { x: 200, y: 500 }, end: { x: WIDTH - 200, y: 500 }, thickness: 1, color: GOLD });
  centered(page, 'PIAGAM PENGHARGAAN', fonts.serif, 34, 452, NAVY);
  centered(page, certificate.kind === 'TERBAIK' ? 'PEGAWAI BERKINERJA TERBAIK' : 'PREDIKAT KINERJA SANGAT BAIK', fonts.bold, 13, 430, GOLD);
  centered(page, 'diberikan kepada', fonts.italic, 14, 398, INK);
  centered(page, certificate.name, fonts.serif, fitSize(fonts.serif, certificate.name, 30, WIDTH - 180), 362, INK);
  centered(page, `NIP ${certificate.nip}`, fonts.regular, 12, 340, INK);
  centered(page, `${certificate.jabatan} - ${certificate.unitName}`, fonts.regular, fitSize(fonts.regular, `${certificate.jabatan} - ${certificate.unitName}`, 12, WIDTH - 180), 322, INK);
  for (const [i, line] of reason(certificate).entries()) centered(page, line, fonts.italic, 14, 286 - i * 19, INK);

  const signerX = 470;
  page.drawText(`Kendari, ${formatWitaDate(certificate.issuedOn)}`, { x: signerX, y: 168, size: 11, font: fonts.regular, color: INK });
  page.drawLine({ start: { x: signerX, y: 98 }, end: { x: signerX + 250, y: 98 }, thickness: 0.8, color: INK });
  page.drawText(safe(options.signer), { x: signerX, y: 84, size: fitSize(fonts.bold, options.signer, 11, 300), font: fonts.bold, color: INK });

  const qrSize = 104;
  drawQr(page, options.verifyUrl, 64, 70, qrSize);
  page.drawText('Pindai untuk memeriksa keaslian', { x: 64, y: 58, size: 7.5, font: fonts.regular, color: INK });
  page.drawText(`Kode verifikasi: ${certificate.certificateId}`, { x: 180, y: 150, size: 9, font: fonts.bold, color: NAVY });
  page.drawText(safe(options.verifyUrl), { x: 180, y: 137, size: fitSize(fonts.regular, options.verifyUrl, 7, 270), font: fonts.regular, color: INK });

  return pdf.save();
}

function title(certificate: Certificate): string {
  return certificate.kind === 'TERBAIK' ? 'Piagam Pegawai Berkinerja Terbaik' : 'Piagam Penghargaan Predikat Kinerja Sangat Baik';
}

function reason(certificate: Certificate): string[] {
  const predikat = PREDIKAT_LABELS[certificate.predikat];
  if (certificate.kind === 'TERBAIK') {
    return [`sebagai Pegawai Berkinerja Terbaik${certificate.rankInUnit && certificate.rankInUnit > 1 ? ` peringkat ${certificate.rankInUnit}` : ''} dengan Predikat Kinerja ${predikat}`, `pada periode penilaian ${certificate.periodName}`];
  }
  return [`atas capaian Predikat Kinerja ${predikat}`, `pada periode penilaian ${certificate.periodName}`];
}

function drawQr(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + quiet * 2);
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  // One path in module units, scaled to size: SVG coordinates run downwards from the top-left corner.
  page.drawSvgPath(path, { x, y: y + size, scale: cell, color: rgb(0, 0, 0) });
}

function centered(page: PDFPage, text: string, font: PDFFont, size: number, y: number, color = INK): void {
  const value = safe(text);
  page.drawText(value, { x: (WIDTH - font.widthOfTextAtSize(value, size)) / 2, y, size, font, color });
}

/** The largest size up to `max` at which the text fits the width: long names shrink instead of running off the page. */
function fitSize(font: PDFFont, text: string, max: number, width: number): number {
  const natural = font.widthOfTextAtSize(safe(text), max);
  return natural <= width ? max : Math.max(8, Math.floor((max * width) / natural));
}

/**
 * The standard PDF fonts speak WinAnsi only. Accents are folded (é → e) and anything else becomes "?",
 * so an unusual character in a name never stops a piagam from being issued.
 */
export function safe(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '?');
}
