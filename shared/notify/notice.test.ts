import { describe, expect, it } from 'vitest';
import { employee, result, supervisor } from '../../test/notice-fixture.ts';
import { addresseesOf, certificateKindsOf, keberatanDeadline, planNotices, type PlanInput } from './notice.ts';
import { summarizeNotices } from './summary.ts';

const bkpsdm = { name: 'Tim BKPSDM Kota Kendari', email: 'bkpsdm@kendarikota.go.id', office: true };
const plan = (overrides: Partial<PlanInput>) =>
  planNotices({ result: result(), periodName: 'November 2026', unitName: 'Dinas Kesehatan', employee: employee(), supervisor, escalateTo: [], bkpsdm, certificates: [], ...overrides });
const summary = (notices: ReturnType<typeof plan>) => notices.map((n) => ({ kind: n.kind, to: n.to.map((r) => r.email), cc: n.cc.map((r) => r.email) }));

describe('planNotices', () => {
  it('tells a Baik employee their result, and no one else anything', () => {
    expect(summary(plan({}))).toEqual([{ kind: 'HASIL', to: ['arif@example.kendari.go.id'], cc: [] }]);
  });

  it('sends an award its own notice with both piagams', () => {
    const certificates = [
      { kind: 'PENGHARGAAN' as const, certificateId: 'AAAAAAAAAAAAAAAA' },
      { kind: 'TERBAIK' as const, certificateId: 'BBBBBBBBBBBBBBBB' },
    ];
    const awarded = result({
      predikat: 'SANGAT_BAIK',
      incentiveFactor: 1.5,
      decisions: [
        { kind: 'PENGHARGAAN', piagam: true, incentiveFactor: 1.5 },
        { kind: 'TERBAIK', piagam: true, rankInUnit: 1 },
      ],
    });
    const notices = plan({ result: awarded, certificates });
    expect(summary(notices)).toEqual([
      { kind: 'HASIL', to: ['arif@example.kendari.go.id'], cc: [] },
      { kind: 'PENGHARGAAN', to: ['arif@example.kendari.go.id'], cc: [] },
    ]);
    expect(notices[1]!.facts.certificates).toEqual(certificates);
    expect(certificateKindsOf(awarded)).toEqual(['PENGHARGAAN', 'TERBAIK']);
  });

  it('copies pembinaan to the supervisor and sends the sanction recommendation to BKPSDM only', () => {
    const poor = result({
      predikat: 'BUTUH_PERBAIKAN',
      hasilKerja: 'DI_BAWAH',
      decisions: [
        { kind: 'PEMBINAAN', meetingBy: '2026-12-19', recommendedTraining: 'Coaching' },
        { kind: 'REKOMENDASI_SANKSI', consecutivePoor: 2, note: 'Dua periode berturut-turut.' },
      ],
    });
    const notices = plan({ result: poor });
    expect(summary(notices)).toEqual([
      { kind: 'HASIL', to: ['arif@example.kendari.go.id'], cc: [] },
      { kind: 'PEMBINAAN', to: ['arif@example.kendari.go.id'], cc: ['kabid.p2p@example.kendari.go.id'] },
      { kind: 'REKOMENDASI_SANKSI', to: ['bkpsdm@kendarikota.go.id'], cc: [] },
    ]);
    expect(certificateKindsOf(poor)).toEqual([]);
  });

  it('escalates a missing assessment to the supervisor of record and BKPSDM, not to the employee', () => {
    const unassessed = result({ hasilKerja: undefined, perilaku: undefined, predikat: undefined, decisions: [{ kind: 'BELUM_DINILAI', escalateTo: [supervisor.nip] }] });
    expect(summary(plan({ result: unassessed, escalateTo: [supervisor] }))).toEqual([
      { kind: 'BELUM_DINILAI', to: ['kabid.p2p@example.kendari.go.id', 'bkpsdm@kendarikota.go.id'], cc: [] },
    ]);
  });

  it('keys notices by employee, period, kind and revision, in a form SES accepts as a tag', () => {
    const [notice] = plan({ result: result({ revision: 2 }) });
    expect(notice!.noticeId).toBe('198807122015031004_2026-11_HASIL_R2');
    expect(notice!.noticeId).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('still plans a notice for an employee without a profile, which then has no address', () => {
    const [notice] = plan({ employee: undefined });
    expect(notice!.to).toEqual([{ name: 'La Ode Muhammad Arif', email: undefined }]);
    expect(addresseesOf(notice!)).toEqual({ to: [], cc: [], skipped: ['Alamat email La Ode Muhammad Arif tidak tercatat di profil pegawai.'] });
  });
});

describe('addresseesOf', () => {
  it('leaves out illegal addresses and says why, keeping the rest', () => {
    const addressees = addresseesOf({
      to: [{ name: 'A', email: 'a@example.go.id' }, { name: 'B', email: 'not an address' }],
      cc: [{ name: 'C', email: 'a@example.go.id' }, { name: 'D', email: 'd@example' }],
    });
    expect(addressees).toEqual({ to: ['a@example.go.id'], cc: [], skipped: ['Alamat email B tidak sah: not an address', 'Alamat email D tidak sah: d@example'] });
  });

  it('has nothing to send to with no recipients', () => {
    expect(addresseesOf({ to: [], cc: [] })).toEqual({ to: [], cc: [], skipped: ['Tidak ada penerima.'] });
  });
});

describe('keberatanDeadline', () => {
  it('is 14 days after the WITA date of sending', () => {
    expect(keberatanDeadline(new Date('2026-12-01T03:00:00Z'))).toBe('2026-12-15');
  });

  it('counts from the WITA date, which is already the next day at 16:00 UTC', () => {
    expect(keberatanDeadline(new Date('2026-11-30T15:59:00Z'))).toBe('2026-12-14');
    expect(keberatanDeadline(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-15');
  });

  it('crosses the year end', () => {
    expect(keberatanDeadline(new Date('2026-12-25T02:00:00Z'))).toBe('2027-01-08');
  });
});

describe('summarizeNotices', () => {
  it('counts by kind and status and lists every failure with its reason', () => {
    const line = (kind: string, status: string, extra = {}) => ({ noticeId: `${kind}-${status}`, nip: '198807122015031004', kind, status, attempts: 1, ...extra }) as never;
    const counted = summarizeNotices('2026-11', [
      line('HASIL', 'SENT'),
      line('HASIL', 'SENT', { leaseExpiries: 1 }),
      line('HASIL', 'FAILED', { failureReason: 'MessageRejected: Email address is not verified.', failedAt: '2026-12-06T01:00:00.000Z' }),
      line('PEMBINAAN', 'PENDING'),
    ]);
    expect(counted.total).toBe(4);
    expect(counted.byStatus).toEqual({ PENDING: 1, SENDING: 0, SENT: 2, FAILED: 1 });
    expect(counted.byKind.HASIL).toEqual({ PENDING: 0, SENDING: 0, SENT: 2, FAILED: 1 });
    expect(counted.byKind.PEMBINAAN).toEqual({ PENDING: 1, SENDING: 0, SENT: 0, FAILED: 0 });
    expect(counted.byKind.BELUM_DINILAI).toEqual({ PENDING: 0, SENDING: 0, SENT: 0, FAILED: 0 });
    expect(counted.possiblyDuplicated).toBe(1);
    expect(counted.failed).toEqual([
      { noticeId: 'HASIL-FAILED', nip: '198807122015031004', kind: 'HASIL', attempts: 1, reason: 'MessageRejected: Email address is not verified.', failedAt: '2026-12-06T01:00:00.000Z' },
    ]);
  });
});
