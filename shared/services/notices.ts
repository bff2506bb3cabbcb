import { randomBytes } from 'node:crypto';
import type { Detail } from '../../events/contracts.ts';
import { config } from '../config/env.ts';
import { issueCertificateOnce } from '../data/certificate-repository.ts';
import { getEmployees } from '../data/employee-repository.ts';
import { createNoticesOnce } from '../data/notice-repository.ts';
import { getPeriod } from '../data/period-repository.ts';
import { getResults } from '../data/result-repository.ts';
import { getUnit } from '../data/unit-repository.ts';
import type { Result } from '../domain/result.ts';
import { witaDateOf } from '../domain/time.ts';
import { newCertificateId, type Certificate } from '../notify/certificate.ts';
import { BKPSDM_NAME, certificateKindsOf, planNotices, type NoticeFacts } from '../notify/notice.ts';
import { drainNotices, type DrainSummary } from './notice-drain.ts';
import { logger } from '../logger.ts';
import { describeError } from '../notify/delivery.ts';

/**
 * On ResultScored: the employee's notices, each written once (a redelivered event writes nothing new),
 * piagams issued once per (nip, period, kind), then a drain so the mail goes out now rather than at the next schedule.
 */
export async function createNoticesForResult(
  event: Detail<'ResultScored'>,
  now: Date,
): Promise<{ notices: number; created: number; drain?: DrainSummary; drainError?: string; skipped?: string }> {
  const result = (await getResults([event.nip], event.periodId)).get(event.nip);
  // Written before the event was published; missing or older means a read that has not caught up: let the bus retry.
  if (!result || result.revision < event.revision) throw new Error(`Result ${event.nip} ${event.periodId} r${event.revision} is not readable yet`);
  if (result.revision > event.revision) return { notices: 0, created: 0, skipped: `superseded by revision ${result.revision}` };

  const escalateTo = result.decisions.flatMap((d) => (d.kind === 'BELUM_DINILAI' ? d.escalateTo : []));
  const [profiles, period, unit] = await Promise.all([
    getEmployees([result.nip, ...(result.assessorNip ? [result.assessorNip] : []), ...escalateTo]),
    getPeriod(result.periodId),
    getUnit(result.unitId),
  ]);
  const periodName = period?.name ?? result.periodId;
  const unitName = unit?.name ?? result.unitId;
  const certificates = await issueCertificates(result, periodName, unitName, now);
  if (!certificates) return { notices: 0, created: 0, skipped: 'superseded while issuing its piagam' };
  const drafts = planNotices({
    result,
    periodName,
    unitName,
    employee: profiles.get(result.nip),
    supervisor: result.assessorNip ? profiles.get(result.assessorNip) : undefined,
    escalateTo: escalateTo.flatMap((nip) => profiles.get(nip) ?? []),
    bkpsdm: { name: BKPSDM_NAME, email: config().BKPSDM_EMAIL, office: true },
    certificates,
  });
  const created = await createNoticesOnce(drafts, now.toISOString());
  return { notices: drafts.length, created, ...(await drainSoon()) };
}

/**
 * Sends what is pending now, briefly (NOTICE_DRAIN_SECONDS). The notices are already safe, so a failing drain
 * is logged, not thrown: a redelivery would change nothing, and the schedule sends what is left.
 */
async function drainSoon(): Promise<{ drain?: DrainSummary; drainError?: string }> {
  try {
    return { drain: await drainNotices() };
  } catch (error) {
    logger.error('Drain after creating notices failed; the schedule will send them', error as Error);
    return { drainError: describeError(error) };
  }
}

/** The result's piagams, each issued once; undefined if a newer revision of the result replaced it meanwhile. */
async function issueCertificates(result: Result, periodName: string, unitName: string, now: Date): Promise<NoticeFacts['certificates'] | undefined> {
  const issued: NoticeFacts['certificates'][number][] = [];
  for (const kind of certificateKindsOf(result)) {
    const top = result.decisions.find((d) => d.kind === 'TERBAIK');
    const certificate: Certificate = {
      certificateId: newCertificateId(randomBytes),
      kind,
      nip: result.nip,
      name: result.name,
      jabatan: result.jabatan,
      unitId: result.unitId,
      unitName,
      periodId: result.periodId,
      periodName,
      predikat: result.predikat!,
      ...(kind === 'TERBAIK' && top?.kind === 'TERBAIK' ? { rankInUnit: top.rankInUnit } : {}),
      issuedOn: witaDateOf(now),
      issuedAt: now.toISOString(),
    };
    const stored = await issueCertificateOnce(certificate, result.revision);
    if (!stored) return undefined;
    issued.push({ kind, certificateId: stored.certificateId });
  }
  return issued;
}
