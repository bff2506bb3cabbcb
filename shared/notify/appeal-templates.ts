import { PREDIKAT_LABELS, RATING_LABELS, type Predikat, type Rating } from '../domain/quadrant.ts';
import { formatWitaDateTime } from '../domain/time.ts';
import { KEBERATAN_DAYS, type NoticeFacts } from './notice.ts';
import type { Block, RenderContext } from './templates.ts';

/** The keberatan emails' words, as blocks `renderNotice` turns into text and escaped HTML like every notice. */
type Written = { subject: string; blocks: Block[] };

const rating = (value: Rating | undefined) => (value ? RATING_LABELS[value] : '-');
const predikat = (value: Predikat | undefined) => (value ? PREDIKAT_LABELS[value] : 'Belum dinilai');

function appealOf(f: NoticeFacts) {
  if (!f.appeal) throw new Error(`Keberatan notice for ${f.nip} ${f.periodId} has no appeal facts`);
  return f.appeal;
}

/** The appeal's own page in the form (`#/keberatan/<id>`), where both sides read it, explain, and the reviewer decides. */
function openLink(context: RenderContext, appealId: string): Block[] {
  return context.formUrl ? [{ p: `Buka keberatan ini di e-Kinerja: ${context.formUrl.replace(/\/*$/, '/')}#/keberatan/${encodeURIComponent(appealId)}` }] : [];
}

export function appealFiledEmail(f: NoticeFacts, context: RenderContext): Written {
  const appeal = appealOf(f);
  return {
    subject: `Keberatan atas Penilaian Kinerja: ${f.employeeName} (${f.periodName})`,
    blocks: [
      {
        p:
          `${f.employeeName} mengajukan keberatan atas hasil penilaian kinerja periode ${f.periodName}. ` +
          (appeal.reviewerIsBkpsdm
            ? 'Pejabat penilainya tidak memiliki atasan yang tercatat, sehingga keberatan ini diperiksa dan diputus oleh BKPSDM.'
            : 'Sesuai PP 30/2019 Pasal 59, keberatan ini ditujukan kepada Anda sebagai atasan pejabat penilai untuk diperiksa dan diputus.'),
      },
      {
        facts: [
          ['Nama', f.employeeName],
          ['NIP', f.nip],
          ['Jabatan', f.jabatan],
          ['Unit kerja', f.unitName],
          ['Periode', f.periodName],
          ['Pejabat penilai', appeal.assessorName],
          ['Hasil Kerja', rating(f.hasilKerja)],
          ['Perilaku Kerja', rating(f.perilaku)],
          ['Predikat Kinerja', predikat(f.predikat)],
          ['Diajukan', formatWitaDateTime(new Date(appeal.filedAt))],
        ],
      },
      { heading: 'Alasan keberatan' },
      { quote: appeal.reason },
      { heading: 'Langkah selanjutnya' },
      {
        list: [
          'Baca keberatan beserta penjelasan tertulis pegawai dan pejabat penilai di e-Kinerja; keduanya masih dapat menambahkan penjelasan.',
          'Putuskan: hasil penilaian dipertahankan, atau rating Hasil Kerja dan/atau Perilaku Kerja diubah, disertai alasan.',
          'Keputusan bersifat final. Perubahan rating menilai ulang hasil, dan pegawai menerima pemberitahuan hasil yang baru.',
        ],
      },
      ...openLink(context, appeal.appealId),
    ],
  };
}

export function appealDecidedEmail(f: NoticeFacts, context: RenderContext): Written {
  const appeal = appealOf(f);
  const decision = appeal.decision;
  if (!decision) throw new Error(`Keberatan ${appeal.appealId} has no decision to announce`);
  const changed = decision.outcome === 'DIUBAH';
  const change = <T>(before: T | undefined, after: T | undefined, label: (value: T | undefined) => string) =>
    changed && before !== after ? `${label(before)} → ${label(after)}` : label(before);
  const corrected = decision.corrected ?? {};
  const blocks: Block[] = [
    {
      p:
        `Keberatan ${f.employeeName} atas hasil penilaian kinerja periode ${f.periodName} telah diputus oleh ${appeal.reviewerName} ` +
        `pada ${formatWitaDateTime(new Date(decision.decidedAt))}.`,
    },
    {
      facts: [
        ['Nama', f.employeeName],
        ['NIP', f.nip],
        ['Periode', f.periodName],
        ['Keputusan', changed ? 'Hasil penilaian diubah' : 'Hasil penilaian dipertahankan'],
        ['Hasil Kerja', change(f.hasilKerja, corrected.hasilKerja, rating)],
        ['Perilaku Kerja', change(f.perilaku, corrected.perilaku, rating)],
        ['Predikat Kinerja', change(f.predikat, corrected.predikat, predikat)],
      ],
    },
    { heading: 'Alasan keputusan' },
    { quote: decision.reason },
  ];
  if (changed) blocks.push({ p: 'Pemberitahuan hasil penilaian yang baru dikirim kepada pegawai dalam email terpisah dan menggantikan pemberitahuan hasil sebelumnya.' });
  if (decision.revokedCertificates.length > 0) {
    blocks.push(
      { p: 'Dengan perubahan ini, penghargaan atas hasil semula dicabut. Piagam berikut tidak berlaku lagi, dan pemeriksaan kodenya kini menyatakan demikian:' },
      { list: decision.revokedCertificates.map((c) => `${c.title}, kode verifikasi ${c.certificateId}`) },
    );
  }
  blocks.push({ p: 'Sesuai PP 30/2019 Pasal 59, keputusan atas keberatan bersifat final.' }, ...openLink(context, appeal.appealId));
  return { subject: `Keputusan atas Keberatan Penilaian Kinerja Periode ${f.periodName}: ${f.employeeName}`, blocks };
}

/** To the employee and the reviewer: the result the keberatan was about is no longer in force. */
export function appealSupersededEmail(f: NoticeFacts, context: RenderContext): Written {
  const appeal = appealOf(f);
  return {
    subject: `Keberatan Gugur karena Hasil Dikoreksi: ${f.employeeName} (${f.periodName})`,
    blocks: [
      {
        p:
          `Keberatan ${f.employeeName} atas hasil penilaian kinerja periode ${f.periodName}, diajukan ${formatWitaDateTime(new Date(appeal.filedAt))}, ` +
          'gugur dan tidak diputus: setelah periode dibuka kembali oleh BKPSDM untuk koreksi, penutupan ulang mengubah hasil yang diajukan keberatan itu.',
      },
      {
        facts: [
          ['Nama', f.employeeName],
          ['NIP', f.nip],
          ['Periode', f.periodName],
          ['Hasil Kerja (terkoreksi)', rating(f.hasilKerja)],
          ['Perilaku Kerja (terkoreksi)', rating(f.perilaku)],
          ['Predikat Kinerja (terkoreksi)', predikat(f.predikat)],
        ],
      },
      { heading: 'Alasan keberatan semula' },
      { quote: appeal.reason },
      { heading: 'Langkah selanjutnya' },
      {
        list: [
          'Pegawai menerima pemberitahuan hasil penilaian terkoreksi dalam email terpisah.',
          `Jika masih keberatan atas hasil terkoreksi, pegawai dapat mengajukan keberatan baru paling lambat ${KEBERATAN_DAYS} hari sejak pemberitahuan hasil terkoreksi itu diterima.`,
          `${appeal.reviewerName} tidak perlu memutus keberatan yang gugur ini.`,
        ],
      },
      ...openLink(context, appeal.appealId),
    ],
  };
}
