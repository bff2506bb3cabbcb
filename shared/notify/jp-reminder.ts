import { ANNUAL_JP_TARGET } from '../domain/training.ts';
import { escapeHtml } from './templates.ts';

const jp = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

/** The JP reminder: where the person stands against 20 JP, what counts, one link to record and one to learn how. Every value escaped. */
export function renderJpReminder(input: { name: string; year: number; totalJp: number; formUrl: string; helpUrl: string; signature: string }) {
  const remaining = Math.max(0, ANNUAL_JP_TARGET - input.totalJp);
  const subject = `Pengingat e-Kinerja: pengembangan kompetensi ${ANNUAL_JP_TARGET} JP tahun ${input.year}`;
  const standing =
    `Sampai hari ini tercatat ${jp.format(input.totalJp)} JP pengembangan kompetensi Anda pada tahun ${input.year}, ` +
    `dari paling sedikit ${ANNUAL_JP_TARGET} JP setahun yang menjadi hak dan kewajiban setiap PNS (PP 11/2017 Pasal 203). ` +
    `Masih ${jp.format(remaining)} JP lagi sebelum 31 Desember ${input.year}.`;
  const counts =
    'Yang dihitung: pendidikan formal, pelatihan klasikal (kepemimpinan, teknis, fungsional, seminar, lokakarya, kursus, bimtek) ' +
    'dan nonklasikal (coaching, mentoring, e-learning, detasering, benchmarking, magang, komunitas belajar).';
  const optOut = 'Tidak ingin menerima pengingat? Matikan pilihan “Kirimi saya pengingat lewat email” di bagian atas halaman e-Kinerja.';
  const text = [
    `Yth. ${input.name},`,
    '',
    standing,
    counts,
    `Sudah mengikuti tetapi belum dicatat? Catat di e-Kinerja: ${input.formUrl}`,
    `Cara pakai: ${input.helpUrl}`,
    '',
    optOut,
    '',
    input.signature,
  ].join('\n');
  const html = [
    `<p>Yth. ${escapeHtml(input.name)},</p>`,
    `<p>${escapeHtml(standing)}</p>`,
    `<p>${escapeHtml(counts)}</p>`,
    `<p><a href="${escapeHtml(input.formUrl)}">Catat pengembangan kompetensi</a> · <a href="${escapeHtml(input.helpUrl)}">Cara pakai</a></p>`,
    `<p style="font-size:12px;color:#555">${escapeHtml(optOut)}</p>`,
    `<p>${escapeHtml(input.signature).replaceAll('\n', '<br>')}</p>`,
  ].join('\n');
  return { subject, text, html };
}
