import type { OwedWork } from '../domain/follow-up.ts';
import { formatWitaDateTime } from '../domain/time.ts';
import { escapeHtml } from './templates.ts';

/**
 * The supervisor digest and the escalation: short lists of who still needs what, in Indonesian, with one link
 * to act and one to learn how. Written once as sections and rendered as text and as escaped HTML.
 */
interface Section {
  readonly heading: string;
  readonly items: readonly string[];
}

interface ListMail {
  readonly subject: string;
  readonly name: string;
  readonly intro: string;
  readonly sections: readonly Section[];
  readonly closing: readonly string[];
  readonly formUrl: string;
  readonly helpUrl: string;
  readonly signature: string;
}

export interface PeriodRef {
  readonly name: string;
  readonly closesAt: string;
  /** Set once BKPSDM reopened the period for corrections: an old period showing up again is said to be reopened. */
  readonly reopenedAt?: string;
}

const closesAt = (period: PeriodRef) => formatWitaDateTime(new Date(period.closesAt));
const periodName = (period: PeriodRef) => (period.reopenedAt ? `${period.name}, dibuka kembali untuk koreksi` : period.name);

/** "La Ode Muhammad Arif (Epidemiolog): 2 laporan belum diverifikasi; penilaian masih draf" */
export function owedLine(work: OwedWork): string {
  const parts: string[] = [];
  if (work.unverifiedReports > 0) parts.push(`${work.unverifiedReports} laporan belum diverifikasi`);
  if (work.assessment === 'BELUM_DIMULAI') parts.push('penilaian belum dibuat');
  if (work.assessment === 'DRAFT') parts.push('penilaian masih draf, belum difinalkan');
  return `${work.name} (${work.jabatan}): ${parts.join('; ')}`;
}

export function renderSupervisorDigest(input: { name: string; periods: readonly { period: PeriodRef; work: readonly OwedWork[] }[]; formUrl: string; helpUrl: string; signature: string }) {
  const people = input.periods.reduce((sum, p) => sum + p.work.length, 0);
  return render({
    subject: `Pengingat e-Kinerja: ${people} anggota tim menunggu verifikasi atau penilaian Anda`,
    name: input.name,
    intro: 'Periode penilaian segera ditutup. Sebagai atasan langsung (pejabat penilai), mohon selesaikan hal berikut sebelum batas waktunya:',
    sections: input.periods.map(({ period, work }) => ({ heading: `Periode ${periodName(period)} (ditutup ${closesAt(period)})`, items: work.map(owedLine) })),
    closing: [
      'Buka menu Tim saya: verifikasi laporan (Sesuai, atau Kembalikan dengan catatan), lalu isi dan finalkan penilaian. Penilaian yang belum difinalkan saat periode ditutup membuat pegawai belum memperoleh predikat kinerja.',
      'Ringkasan ini dikirim setiap hari kerja pada lima hari kerja terakhir sebelum penutupan, hanya bila masih ada yang perlu diselesaikan.',
    ],
    formUrl: input.formUrl,
    helpUrl: input.helpUrl,
    signature: input.signature,
  });
}

export function renderEscalation(input: {
  name: string;
  groups: readonly { period: PeriodRef; supervisorName: string; supervisorJabatan: string; work: readonly OwedWork[] }[];
  formUrl: string;
  helpUrl: string;
  signature: string;
}) {
  const periods = [...new Set(input.groups.map((g) => g.period.name))];
  return render({
    subject: `Eskalasi e-Kinerja: penilaian dan verifikasi yang belum diselesaikan (${periods.join(', ')})`,
    name: input.name,
    intro:
      'Periode penilaian berikut telah ditutup, tetapi pejabat penilai di bawah koordinasi Anda belum menyelesaikan pekerjaan di bawah ini. ' +
      'Sebagai atasan mereka atau pimpinan unit, mohon tindak lanjuti bersama yang bersangkutan.',
    sections: input.groups.map((g) => ({ heading: `${g.supervisorName} (${g.supervisorJabatan}), periode ${periodName(g.period)}, ditutup ${closesAt(g.period)}`, items: g.work.map(owedLine) })),
    closing: [
      'Pegawai yang penilaiannya belum difinalkan belum memperoleh predikat kinerja, dan laporan yang belum diverifikasi belum menjadi bukti capaiannya.',
    ],
    formUrl: input.formUrl,
    helpUrl: input.helpUrl,
    signature: input.signature,
  });
}

function render(mail: ListMail) {
  const text = [
    `Yth. Bapak/Ibu ${mail.name},`,
    '',
    mail.intro,
    ...mail.sections.flatMap((s) => ['', s.heading, ...s.items.map((item) => `- ${item}`)]),
    '',
    ...mail.closing.flatMap((p) => [p, '']),
    `Buka e-Kinerja: ${mail.formUrl}`,
    `Cara pakai: ${mail.helpUrl}`,
    '',
    mail.signature,
  ].join('\n');
  const html = [
    `<p>Yth. Bapak/Ibu ${escapeHtml(mail.name)},</p>`,
    `<p>${escapeHtml(mail.intro)}</p>`,
    ...mail.sections.map((s) => `<h3 style="margin:16px 0 6px;font-size:15px">${escapeHtml(s.heading)}</h3><ul>${s.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`),
    ...mail.closing.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(mail.formUrl)}">Buka e-Kinerja</a> · <a href="${escapeHtml(mail.helpUrl)}">Cara pakai</a></p>`,
    `<p>${escapeHtml(mail.signature).replaceAll('\n', '<br>')}</p>`,
  ].join('\n');
  return { subject: mail.subject.replace(/\s+/g, ' ').trim(), text, html };
}
