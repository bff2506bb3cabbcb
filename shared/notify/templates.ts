import { PREDIKAT_LABELS, RATING_LABELS } from '../domain/quadrant.ts';
import { formatWitaDate, type IsoDate } from '../domain/time.ts';
import { KEBERATAN_DAYS, type NoticeDraft, type NoticeFacts, type Recipient } from './notice.ts';
import { appealDecidedEmail, appealFiledEmail, appealSupersededEmail } from './appeal-templates.ts';

/**
 * The notices' words, in Bahasa Indonesia. Each email is written once as blocks and rendered twice,
 * as plain text and as HTML, so the two cannot say different things; every value reaches the HTML
 * through `escapeHtml`, so a name like `<script>` shows as text.
 */
export interface MailStyle {
  /** Closing lines, `\n`-separated (config MAIL_SIGNATURE). */
  readonly signature: string;
  readonly replyTo: string;
  /** The piagam verification page, e.g. `https://…/verifikasi.html?kode=`; the id is appended. */
  readonly certificateUrlBase: string;
  /** The form, for emails that ask someone to act in it. */
  readonly formUrl?: string;
}

export interface RenderContext extends MailStyle {
  /** The keberatan deadline the email states (14 days after this send, WITA). */
  readonly keberatanBy: IsoDate;
}

export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export type Block =
  | { readonly p: string }
  | { readonly heading: string }
  | { readonly facts: readonly (readonly [label: string, value: string])[] }
  | { readonly list: readonly string[] }
  | { readonly quote: string };

export function renderNotice(notice: Pick<NoticeDraft, 'kind' | 'to' | 'facts'> & { revision?: number }, context: RenderContext): RenderedEmail {
  const { subject, blocks } = WRITERS[notice.kind](notice.facts, context, notice.revision ?? 1);
  const all: Block[] = [{ p: `Yth. ${greeting(notice.to)},` }, ...blocks, { p: 'Hormat kami,' }, { p: context.signature }];
  const footer = `Email ini dikirim otomatis oleh e-Kinerja Kota Kendari. Balasan Anda akan diterima oleh ${context.replyTo}.`;
  return { subject: oneLine(subject), text: toText(all, footer), html: toHtml(subject, all, footer) };
}

const WRITERS: Record<NoticeDraft['kind'], (facts: NoticeFacts, context: RenderContext, revision: number) => { subject: string; blocks: Block[] }> = {
  HASIL: (f, context, revision) => {
    // A revision comes from a keberatan decision (final), or from a close after BKPSDM reopened the period (a new result, open to keberatan).
    const byAppeal = revision > 1 && !f.afterReopen;
    return {
      subject: byAppeal
        ? `Perubahan Hasil Penilaian Kinerja Periode ${f.periodName} atas Keberatan`
        : f.afterReopen
          ? `Hasil Penilaian Kinerja Periode ${f.periodName} setelah Koreksi`
          : `Hasil Penilaian Kinerja Periode ${f.periodName}`,
      blocks: [
        {
          p: byAppeal
            ? `Atas keberatan Anda, hasil penilaian kinerja Anda untuk periode ${f.periodName} diubah menjadi sebagai berikut.`
            : f.afterReopen
              ? `Periode ${f.periodName} dibuka kembali oleh BKPSDM untuk koreksi dan telah ditutup kembali. Hasil penilaian kinerja Anda ditetapkan sebagai berikut dan menggantikan pemberitahuan hasil sebelumnya, bila ada.`
              : `Penilaian kinerja Anda untuk periode ${f.periodName} telah ditetapkan dengan hasil sebagai berikut.`,
        },
        { facts: [...identity(f), ...ratings(f)] },
        ...feedback(f),
        { heading: 'Tindak lanjut' },
        { list: nextSteps(f) },
        ...(byAppeal ? [{ heading: 'Keputusan atas keberatan' }, { p: 'Sesuai PP 30/2019 Pasal 59, keputusan atas keberatan bersifat final; hasil ini menggantikan pemberitahuan hasil sebelumnya.' }] : keberatan(context)),
      ],
    };
  },
  PENGHARGAAN: (f, context) => ({
    subject: `Piagam Penghargaan Kinerja Periode ${f.periodName}`,
    blocks: [
      {
        p:
          `Selamat! Atas capaian Predikat Kinerja ${predikatLabel(f)} pada periode ${f.periodName}, ` +
          'Pemerintah Kota Kendari memberikan penghargaan kepada Anda:',
      },
      { list: [...f.certificates.map((c) => `${CERTIFICATE_TITLES[c.kind]} (terlampir), kode verifikasi ${c.certificateId}`), incentive(f)] },
      { p: 'Keaslian piagam dapat diperiksa siapa saja dengan memindai kode QR pada piagam atau membuka tautan berikut:' },
      { list: f.certificates.map((c) => `${context.certificateUrlBase}${c.certificateId}`) },
      { p: 'Rincian hasil penilaian dan hak keberatan Anda tercantum dalam email Hasil Penilaian Kinerja periode ini.' },
    ],
  }),
  PEMBINAAN: (f) => {
    const pembinaan = decision(f, 'PEMBINAAN');
    return {
      subject: `Pemberitahuan Pembinaan Kinerja Periode ${f.periodName}`,
      blocks: [
        {
          p:
            `Berdasarkan hasil penilaian kinerja periode ${f.periodName}, predikat kinerja Anda adalah ${predikatLabel(f)}. ` +
            'Sesuai ketentuan tindak lanjut penilaian kinerja (PP 30/2019), Anda akan mendapatkan pembinaan dari atasan langsung.',
        },
        {
          facts: [
            ...ratings(f),
            ['Pertemuan coaching', pembinaan ? `paling lambat ${formatWitaDate(pembinaan.meetingBy)}${f.supervisorName ? `, bersama ${f.supervisorName}` : ''}` : '-'],
            ['Pelatihan yang disarankan', pembinaan?.recommendedTraining ?? '-'],
          ],
        },
        ...feedback(f),
        { p: 'Pembinaan bertujuan membantu Anda mencapai ekspektasi kinerja pada periode berikutnya; pembinaan bukan hukuman disiplin.' },
        { p: 'Jika Anda tidak sependapat dengan hasil penilaian, batas waktu keberatan tercantum dalam email Hasil Penilaian Kinerja periode ini.' },
      ],
    };
  },
  REKOMENDASI_SANKSI: (f) => {
    const recommendation = decision(f, 'REKOMENDASI_SANKSI');
    return {
      subject: `Rekomendasi Tindak Lanjut Kinerja: ${f.employeeName} (${f.periodName})`,
      blocks: [
        { p: 'e-Kinerja mencatat predikat kinerja di bawah Baik secara berturut-turut untuk pegawai berikut dan merekomendasikan tindak lanjut oleh BKPSDM.' },
        {
          facts: [
            ...identity(f),
            ['Predikat Kinerja', predikatLabel(f)],
            ['Periode berturut-turut', String(recommendation?.consecutivePoor ?? '-')],
            ['Pejabat penilai', f.supervisorName ?? '-'],
          ],
        },
        ...(recommendation ? [{ p: recommendation.note }] : []),
        {
          p:
            'Ini adalah rekomendasi, bukan keputusan. Hukuman disiplin hanya dapat dijatuhkan oleh pejabat yang berwenang melalui prosedur PP 94/2021. ' +
            `Pegawai masih dapat mengajukan keberatan atas hasil penilaian dalam ${KEBERATAN_DAYS} hari sejak menerima pemberitahuan hasil; sebaiknya tindak lanjut menunggu masa itu berakhir.`,
        },
      ],
    };
  },
  BELUM_DINILAI: (f) => ({
    subject: `Penilaian Kinerja Belum Difinalkan: ${f.employeeName} (${f.periodName})`,
    blocks: [
      { p: `Sampai periode ${f.periodName} ditutup, penilaian kinerja pegawai berikut belum difinalkan oleh pejabat penilai, sehingga belum memperoleh predikat kinerja.` },
      { facts: identity(f) },
      { p: 'Penilaian ini masih dapat diselesaikan: mohon pejabat penilai segera mengisi dan memfinalkannya di e-Kinerja (menu Tim saya). Begitu difinalkan, hasilnya ditetapkan dengan aturan yang sama seperti saat penutupan dan pegawai menerima pemberitahuan hasil; sampai saat itu pegawai yang bersangkutan belum menerima pemberitahuan hasil.' },
    ],
  }),
  KEBERATAN_DIAJUKAN: appealFiledEmail,
  KEBERATAN_DIPUTUS: appealDecidedEmail,
  KEBERATAN_GUGUR: appealSupersededEmail,
};

export const CERTIFICATE_TITLES = {
  PENGHARGAAN: 'Piagam Penghargaan Predikat Kinerja Sangat Baik',
  TERBAIK: 'Piagam Pegawai Berkinerja Terbaik',
} as const;

function keberatan(context: RenderContext): Block[] {
  return [
    { heading: 'Hak keberatan' },
    {
      p:
        `Jika Anda tidak sependapat dengan hasil penilaian ini, Anda dapat mengajukan keberatan secara tertulis disertai alasannya ` +
        `kepada atasan pejabat penilai Anda paling lambat ${formatWitaDate(context.keberatanBy)} ` +
        `(${KEBERATAN_DAYS} hari sejak pemberitahuan ini dikirim), sesuai PP 30/2019 Pasal 59. ` +
        'Keberatan diajukan melalui e-Kinerja; keputusan atas keberatan bersifat final.',
    },
  ];
}

function identity(f: NoticeFacts): [string, string][] {
  return [
    ['Nama', f.employeeName],
    ['NIP', f.nip],
    ['Jabatan', f.jabatan],
    ['Unit kerja', f.unitName],
    ['Periode', f.periodName],
  ];
}

function ratings(f: NoticeFacts): [string, string][] {
  return [
    ['Hasil Kerja', f.hasilKerja ? RATING_LABELS[f.hasilKerja] : '-'],
    ['Perilaku Kerja', f.perilaku ? RATING_LABELS[f.perilaku] : '-'],
    ['Predikat Kinerja', predikatLabel(f)],
  ];
}

function feedback(f: NoticeFacts): Block[] {
  if (!f.feedback) return [];
  return [{ heading: f.supervisorName ? `Umpan balik dari atasan (${f.supervisorName})` : 'Umpan balik dari atasan' }, { quote: f.feedback }];
}

function nextSteps(f: NoticeFacts): string[] {
  const steps: string[] = [];
  for (const d of f.decisions) {
    if (d.kind === 'PENGHARGAAN') steps.push(`Penghargaan: piagam penghargaan (dikirim dalam email terpisah) dan ${incentive(f).toLocaleLowerCase('id-ID')}`);
    if (d.kind === 'TERBAIK') steps.push(`Anda ditetapkan sebagai Pegawai Berkinerja Terbaik peringkat ${d.rankInUnit} di ${f.unitName}.`);
    if (d.kind === 'PEMBINAAN') {
      steps.push(`Pembinaan: pertemuan coaching dengan atasan langsung paling lambat ${formatWitaDate(d.meetingBy)}; pelatihan yang disarankan: ${d.recommendedTraining}.`);
    }
  }
  return steps.length > 0 ? steps : ['Tidak ada tindak lanjut khusus untuk periode ini. Pertahankan kinerja Anda.'];
}

function incentive(f: NoticeFacts): string {
  const factor = new Intl.NumberFormat('id-ID').format(f.incentiveFactor);
  return `Faktor insentif ${Math.round(f.incentiveFactor * 100)}% (${factor}×) sesuai kebijakan tindak lanjut yang berlaku.`;
}

function decision<K extends NoticeFacts['decisions'][number]['kind']>(f: NoticeFacts, kind: K) {
  return f.decisions.find((d) => d.kind === kind) as Extract<NoticeFacts['decisions'][number], { kind: K }> | undefined;
}

const predikatLabel = (f: NoticeFacts) => (f.predikat ? PREDIKAT_LABELS[f.predikat] : 'Belum dinilai');

function greeting(to: readonly Recipient[]): string {
  const names = to.map((r) => (r.office ? r.name : `Bapak/Ibu ${r.name}`));
  return names.length <= 1 ? (names[0] ?? 'Bapak/Ibu') : `${names.slice(0, -1).join(', ')} dan ${names.at(-1)}`;
}

/** Subjects are one header line: no line breaks a value could smuggle in. */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const escapeLines = (value: string) => value.split(/\r?\n/).map(escapeHtml).join('<br>');

function toText(blocks: readonly Block[], footer: string): string {
  const parts = blocks.map((b) => {
    if ('p' in b) return b.p;
    if ('heading' in b) return `${b.heading}\n${'-'.repeat(b.heading.length)}`;
    if ('facts' in b) return b.facts.map(([label, value]) => `${label}: ${value}`).join('\n');
    if ('list' in b) return b.list.map((item) => `- ${item}`).join('\n');
    return b.quote
      .split(/\r?\n/)
      .map((line) => `> ${line}`)
      .join('\n');
  });
  return `${parts.join('\n\n')}\n\n--\n${footer}\n`;
}

function toHtml(title: string, blocks: readonly Block[], footer: string): string {
  const body = blocks
    .map((b) => {
      if ('p' in b) return `<p>${escapeLines(b.p)}</p>`;
      if ('heading' in b) return `<h3 style="margin:20px 0 6px;font-size:15px">${escapeHtml(b.heading)}</h3>`;
      if ('facts' in b) {
        const rows = b.facts.map(([label, value]) => `<tr><th align="left" style="padding:2px 12px 2px 0;font-weight:normal;color:#555">${escapeHtml(label)}</th><td style="padding:2px 0"><strong>${escapeHtml(value)}</strong></td></tr>`);
        return `<table role="presentation" style="border-collapse:collapse;margin:8px 0">${rows.join('')}</table>`;
      }
      if ('list' in b) return `<ul>${b.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
      return `<blockquote style="margin:8px 0;padding:8px 12px;border-left:3px solid #1f5f8b;background:#f4f7fa">${escapeLines(b.quote)}</blockquote>`;
    })
    .join('\n');
  return [
    '<!doctype html>',
    '<html lang="id"><head><meta charset="utf-8">',
    `<title>${escapeHtml(oneLine(title))}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222;max-width:640px">',
    body,
    `<hr><p style="font-size:12px;color:#666">${escapeHtml(footer)}</p>`,
    '</body></html>',
  ].join('\n');
}
