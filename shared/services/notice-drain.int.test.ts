import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hasilDraft } from '../../test/notice-fixture.ts';
import { PAUSED, REJECTED, THROTTLED, UNAVAILABLE, injectSesFaults, mailsTo, type FaultInjector } from '../../test/ses-faults.ts';
import { db } from '../data/client.ts';
import { claimNotice, createNoticesOnce, getNotice, listUnsettledNotices, settleNotice } from '../data/notice-repository.ts';
import { createPeriod } from '../data/period-repository.ts';
import { definePeriod } from '../domain/period.ts';
import { sesClient } from '../notify/ses.ts';
import { drainNotices } from './notice-drain.ts';
import { noticeSummary } from './notice-summary.ts';

/**
 * The drain against DynamoDB Local and the SES stand-in, through the real SDK clients. Each test uses its own
 * NIPs and addresses (`<case>-<n>+<run>@…`): the stand-in's store is shared with every other test file.
 */
const run = Math.random().toString(36).slice(2, 8);
let nipSequence = 100_000;
const address = (label: string, n: number) => `${label}-${n}+${run}@example.kendari.go.id`;
function drafts(label: string, count: number, periodId = '2026-11') {
  return Array.from({ length: count }, (_, n) => {
    const nip = `19900101201501${String(nipSequence++).slice(-4)}`;
    const draft = hasilDraft(nip, address(label, n));
    return { ...draft, periodId, noticeId: `${nip}_${periodId}_HASIL_R1`, facts: { ...draft.facts, periodId } };
  });
}
const at = (offsetMs: number) => () => new Date(Date.now() + offsetMs);
const FIFTEEN_MINUTES = 15 * 60_000;

let faults: FaultInjector | undefined;
const removeFaults: (() => void)[] = [];
afterEach(() => {
  faults?.remove();
  faults = undefined;
  removeFaults.splice(0).forEach((remove) => remove());
});

beforeAll(async () => {
  for (const month of [9, 10, 11]) await createPeriod(definePeriod('BULANAN', 2026, month, 5));
});

describe('draining pending notices', () => {
  it('sends each notice once with its content, settles it SENT with the SES message id, and then has nothing to send', async () => {
    const notices = drafts('once', 3);
    expect(await createNoticesOnce(notices, new Date().toISOString())).toBe(3);

    expect(await drainNotices()).toMatchObject({ sent: 3, failed: 0, deferred: 0, uncertain: 0, locked: false });
    const mails = await mailsTo(`once-`);
    expect(mails.filter((m) => m.destination.to[0]!.includes(`+${run}@`))).toHaveLength(3);
    for (const [n, notice] of notices.entries()) {
      const [mail, ...others] = await mailsTo(address('once', n));
      expect(others).toEqual([]);
      expect(mail!.subject).toBe('Hasil Penilaian Kinerja Periode November 2026');
      expect(mail!.from).toBe('e-Kinerja BKPSDM Kota Kendari <no-reply@ekinerja.kendarikota.go.id>');
      expect(mail!.replyTo).toEqual(['bkpsdm@kendarikota.go.id']);
      expect(mail!.body.text).toContain(`Yth. Bapak/Ibu Pegawai ${notice.nip.slice(-4)},`);
      expect(mail!.body.html).toContain('<html lang="id">');
      const stored = await getNotice(notice.nip, '2026-11', 'HASIL');
      expect(stored).toMatchObject({ status: 'SENT', attempts: 1, sesMessageId: mail!.messageId });
      expect(stored!.sentAt).toBeDefined();
      expect(stored).not.toHaveProperty('claimToken');
    }
    expect((await listUnsettledNotices()).items).toEqual([]);

    expect(await createNoticesOnce(notices, new Date().toISOString())).toBe(0);
    expect(await drainNotices()).toMatchObject({ sent: 0 });
    for (const n of [0, 1, 2]) expect(await mailsTo(address('once', n))).toHaveLength(1);
  });

  it('lets exactly one of two concurrent claims win, and only the winner settle', async () => {
    const [draft] = drafts('claim', 1);
    await createNoticesOnce([draft!], new Date().toISOString());
    const [seen] = (await listUnsettledNotices()).items;
    const now = new Date();
    const claim = (token: string) => claimNotice(seen!, { now, leaseUntil: new Date(now.getTime() + FIFTEEN_MINUTES), token, keberatanBy: '2026-12-20' });
    const claims = await Promise.all([claim('token-a'), claim('token-b')]);
    const winners = claims.filter((c) => c !== undefined);
    expect(winners).toHaveLength(1);
    const loser = winners[0]!.claimToken === 'token-a' ? 'token-b' : 'token-a';
    expect(await settleNotice({ ...winners[0]!, claimToken: loser }, now, { status: 'FAILED', reason: 'x' })).toBe(false);
    expect(await settleNotice(winners[0]!, now, { status: 'FAILED', reason: 'Uji klaim.' })).toBe(true);
    expect(await getNotice(draft!.nip, '2026-11', 'HASIL')).toMatchObject({ status: 'FAILED', attempts: 1, failureReason: 'Uji klaim.' });
  });

  it('runs one drain at a time: concurrent drains send each mail once', async () => {
    const notices = drafts('concurrent', 6);
    await createNoticesOnce(notices, new Date().toISOString());
    const summaries = await Promise.all([drainNotices(), drainNotices(), drainNotices()]);
    expect(summaries.reduce((sum, s) => sum + s.sent, 0)).toBe(6);
    expect(summaries.filter((s) => s.locked)).toHaveLength(2);
    for (const n of notices.keys()) expect(await mailsTo(address('concurrent', n))).toHaveLength(1);
  });
});

describe('when SES says no', () => {
  it('retries throttling with backoff; the email arrives once', async () => {
    const [draft] = drafts('throttled', 1);
    await createNoticesOnce([draft!], new Date().toISOString());
    faults = injectSesFaults(sesClient(), (to, call) => (to === address('throttled', 0) && call <= 2 ? THROTTLED : undefined));

    expect(await drainNotices()).toMatchObject({ sent: 1, deferred: 0 });
    expect(faults.calls.filter((to) => to === address('throttled', 0))).toHaveLength(3);
    expect(await mailsTo(address('throttled', 0))).toHaveLength(1);
    expect(await getNotice(draft!.nip, '2026-11', 'HASIL')).toMatchObject({ status: 'SENT', attempts: 1 });
  });

  it('retries a 5xx answer, which proves nothing was sent', async () => {
    const [draft] = drafts('unavailable', 1);
    await createNoticesOnce([draft!], new Date().toISOString());
    faults = injectSesFaults(sesClient(), (to, call) => (to === address('unavailable', 0) && call === 1 ? UNAVAILABLE : undefined));
    expect(await drainNotices()).toMatchObject({ sent: 1 });
    expect(faults.calls.filter((to) => to === address('unavailable', 0))).toHaveLength(2);
    expect(await mailsTo(address('unavailable', 0))).toHaveLength(1);
  });

  it('gives a throttled notice back, unharmed, when throttling outlasts the retries, and sends it later', async () => {
    const [draft] = drafts('rate', 1);
    await createNoticesOnce([draft!], new Date().toISOString());
    faults = injectSesFaults(sesClient(), (to) => (to === address('rate', 0) ? THROTTLED : undefined));

    expect(await drainNotices({ sleep: async () => undefined })).toMatchObject({ sent: 0, deferred: 1 });
    expect(faults.calls).toHaveLength(5);
    const released = await getNotice(draft!.nip, '2026-11', 'HASIL');
    expect(released).toMatchObject({ status: 'PENDING', attempts: 1, deferrals: 1 });
    expect(released!.lastError).toContain('TooManyRequestsException');
    expect(Date.parse(released!.retryAfter!) - Date.now()).toBeGreaterThan(50_000);

    faults.remove();
    expect(await drainNotices()).toMatchObject({ sent: 0 });
    expect(await drainNotices({ clock: at(61_000) })).toMatchObject({ sent: 1 });
    expect(await mailsTo(address('rate', 0))).toHaveLength(1);
    expect(await getNotice(draft!.nip, '2026-11', 'HASIL')).toMatchObject({ status: 'SENT', attempts: 2, deferrals: 1 });
  });

  it('marks a rejected message FAILED with the reason, keeps it, and sends the rest', async () => {
    const notices = drafts('rejected', 3, '2026-10');
    await createNoticesOnce(notices, new Date().toISOString());
    faults = injectSesFaults(sesClient(), (to) => (to === address('rejected', 1) ? REJECTED : undefined));

    expect(await drainNotices()).toMatchObject({ sent: 2, failed: 1 });
    expect(faults.calls.filter((to) => to === address('rejected', 1))).toHaveLength(1);
    const failed = await getNotice(notices[1]!.nip, '2026-10', 'HASIL');
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1, to: notices[1]!.to, facts: notices[1]!.facts });
    expect(failed!.failureReason).toBe('MessageRejected: Email address is not verified. The following identities failed the check: x');
    expect(await mailsTo(address('rejected', 1))).toEqual([]);
    for (const n of [0, 2]) expect(await mailsTo(address('rejected', n))).toHaveLength(1);
    expect((await listUnsettledNotices()).items).toEqual([]);

    const summary = await noticeSummary('2026-10');
    expect(summary).toMatchObject({ total: 3, byStatus: { PENDING: 0, SENDING: 0, SENT: 2, FAILED: 1 } });
    expect(summary.failed).toEqual([{ noticeId: notices[1]!.noticeId, nip: notices[1]!.nip, kind: 'HASIL', attempts: 1, reason: failed!.failureReason, failedAt: failed!.failedAt }]);
  });

  it('marks a notice to an illegal address FAILED without spending a send on it', async () => {
    const [draft] = drafts('illegal', 1);
    const illegal = { ...draft!, to: [{ name: 'Pegawai Tanpa Email', email: `bukan alamat ${run}` }] };
    await createNoticesOnce([illegal], new Date().toISOString());
    faults = injectSesFaults(sesClient(), () => undefined);
    expect(await drainNotices()).toMatchObject({ sent: 0, failed: 1 });
    expect(faults.calls).toEqual([]);
    expect(await getNotice(draft!.nip, '2026-11', 'HASIL')).toMatchObject({
      status: 'FAILED',
      failureReason: `Alamat email Pegawai Tanpa Email tidak sah: bukan alamat ${run}`,
    });
  });

  it('stops the drain when sending is paused, leaving every notice PENDING and none FAILED', async () => {
    const notices = drafts('paused', 20);
    await createNoticesOnce(notices, new Date().toISOString());
    faults = injectSesFaults(sesClient(), () => PAUSED);

    const summary = await drainNotices();
    expect(summary).toMatchObject({ sent: 0, failed: 0 });
    const after = await Promise.all(notices.map((n) => getNotice(n.nip, '2026-11', 'HASIL')));
    expect(after.every((n) => n!.status === 'PENDING')).toBe(true);
    // Only the notices already in flight when SES first said "paused" were touched (how many depends on the
    // machine's speed, one per 71 ms slot); each went back with a deferral, and the drain claimed no more.
    const touched = after.filter((n) => n!.attempts > 0);
    expect(touched.length).toBeGreaterThanOrEqual(1);
    expect(touched.length).toBeLessThan(20);
    expect(touched.every((n) => n!.attempts === 1 && n!.deferrals === 1 && n!.lastError!.startsWith('SendingPausedException'))).toBe(true);
    expect(summary.deferred).toBe(touched.length);
    expect(faults.calls.length).toBeLessThanOrEqual(touched.length);

    faults.remove();
    expect(await drainNotices({ clock: at(61_000) })).toMatchObject({ sent: 20, failed: 0 });
    for (const n of notices.keys()) expect(await mailsTo(address('paused', n))).toHaveLength(1);
  });
});

describe('a drain that dies after SES accepted an email but before marking it SENT', () => {
  it('leaves the notice SENDING under its lease: nothing is sent again until the lease expires, then it is sent once more', async () => {
    const [draft] = drafts('crash', 1, '2026-09');
    await createNoticesOnce([draft!], new Date().toISOString());
    // The crash: the write that marks this notice SENT fails after SES has accepted the email.
    const name = `crash-${run}`;
    db().middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as { UpdateExpression?: string; Key?: unknown };
        if (input.UpdateExpression?.includes('sesMessageId') && JSON.stringify(input.Key).includes(draft!.nip)) {
          throw Object.assign(new Error('simulated crash before marking SENT'), { name: 'SimulatedCrash' });
        }
        return next(args);
      },
      { step: 'initialize', priority: 'high', name },
    );
    removeFaults.push(() => void db().middlewareStack.remove(name));

    expect(await drainNotices()).toMatchObject({ sent: 0, uncertain: 1 });
    expect(await mailsTo(address('crash', 0))).toHaveLength(1);
    const stranded = await getNotice(draft!.nip, '2026-09', 'HASIL');
    expect(stranded).toMatchObject({ status: 'SENDING', attempts: 1 });
    expect(Date.parse(stranded!.leaseUntil!) - Date.now()).toBeGreaterThan(FIFTEEN_MINUTES - 60_000);
    removeFaults.splice(0).forEach((remove) => remove());

    // Another drain, or the same event delivered again, within the lease: nothing more goes out.
    expect(await drainNotices()).toMatchObject({ sent: 0, uncertain: 0 });
    expect(await drainNotices({ clock: at(FIFTEEN_MINUTES - 60_000) })).toMatchObject({ sent: 0 });
    expect(await mailsTo(address('crash', 0))).toHaveLength(1);

    // After the lease: the one duplicate this design allows, with the same content, and recorded as such.
    expect(await drainNotices({ clock: at(FIFTEEN_MINUTES + 1_000) })).toMatchObject({ sent: 1 });
    const mails = await mailsTo(address('crash', 0));
    expect(mails).toHaveLength(2);
    const withoutDeadline = (text: string | undefined) => text!.replace(/paling lambat \d+ \w+ \d{4}/, 'paling lambat …');
    expect(mails[1]!.subject).toBe(mails[0]!.subject);
    expect(withoutDeadline(mails[1]!.body.text)).toBe(withoutDeadline(mails[0]!.body.text));
    expect(await getNotice(draft!.nip, '2026-09', 'HASIL')).toMatchObject({ status: 'SENT', attempts: 2, leaseExpiries: 1, sesMessageId: mails[1]!.messageId });
    expect(await noticeSummary('2026-09')).toMatchObject({ total: 1, possiblyDuplicated: 1, byStatus: { SENT: 1 } });

    expect(await drainNotices({ clock: at(2 * FIFTEEN_MINUTES) })).toMatchObject({ sent: 0 });
    expect(await mailsTo(address('crash', 0))).toHaveLength(2);
  });
});

describe('the sending rate', () => {
  it('never sends faster than SES_SEND_RATE (14/s), keeps up with it, and sends each notice exactly once', async () => {
    const count = 70;
    const notices = drafts('rate14', count);
    await createNoticesOnce(notices, new Date().toISOString());
    faults = injectSesFaults(sesClient(), () => undefined);
    const summary = await drainNotices();
    const perSecond = (summary.sent / summary.elapsedMs) * 1000;
    console.info(`drain: ${summary.sent} notices in ${summary.elapsedMs} ms = ${perSecond.toFixed(2)}/s at SES_SEND_RATE 14`);
    expect(summary.sent).toBe(count);
    // The guarantee: n sends are paced over at least (n - 1) / rate seconds.
    const ideal = ((count - 1) / 14) * 1000;
    expect(summary.elapsedMs).toBeGreaterThanOrEqual(ideal);
    // Keeping up: a drain that serialised its sends or lost its pacing would take several times longer; the headroom
    // is for a two-CPU machine running every test file at once.
    expect(summary.elapsedMs).toBeLessThan(2 * ideal);
    expect(faults.calls.filter((to) => to.startsWith('rate14-'))).toHaveLength(count);
    const mails = (await mailsTo(`+${run}@`)).filter((m) => m.destination.to[0]!.startsWith('rate14-'));
    expect(mails).toHaveLength(count);
    expect(new Set(mails.map((m) => m.destination.to[0])).size).toBe(count);
  }, 60_000);
});
