import { formatWitaDate, type IsoDate } from '../domain/time.ts';
import { escapeHtml } from './templates.ts';

/** The weekly nudge: short, friendly, one link to act and one to learn how; in Indonesian, every value escaped. */
export function renderNudge(input: { name: string; since: IsoDate; formUrl: string; helpUrl: string; signature: string }) {
  const since = formatWitaDate(input.since);
  const subject = 'Pengingat e-Kinerja: laporkan kegiatan minggu ini';
  const text = [
    `Yth. ${input.name},`,
    '',
    `Sejak ${since} belum ada laporan kegiatan Anda di e-Kinerja. Laporan harian membantu atasan menilai hasil kerja Anda secara adil.`,
    `Laporkan sekarang (cukup 1 menit): ${input.formUrl}`,
    `Cara pakai: ${input.helpUrl}`,
    '',
    'Tidak ingin menerima pengingat mingguan? Matikan pilihan “Kirimi saya pengingat lewat email” di bagian atas halaman e-Kinerja.',
    '',
    input.signature,
  ].join('\n');
  const html = [
    `<p>Yth. ${escapeHtml(input.name)},</p>`,
    `<p>Sejak <strong>${escapeHtml(since)}</strong> belum ada laporan kegiatan Anda di e-Kinerja. Laporan harian membantu atasan menilai hasil kerja Anda secara adil.</p>`,
    `<p><a href="${escapeHtml(input.formUrl)}">Laporkan sekarang</a> (cukup 1 menit) · <a href="${escapeHtml(input.helpUrl)}">Cara pakai</a></p>`,
    '<p style="font-size:12px;color:#555">Tidak ingin menerima pengingat mingguan? Matikan pilihan “Kirimi saya pengingat lewat email” di bagian atas halaman e-Kinerja.</p>',
    `<p>${escapeHtml(input.signature)}</p>`,
  ].join('\n');
  return { subject, text, html };
}
