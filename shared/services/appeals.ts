import { appendExplanation, ChangedWhileDeciding, createAppealOnce, getAppeal, listAppealsForReviewer, recordAppealDecision } from '../data/appeal-repository.ts';
import { awardWithdrawal } from '../data/certificate-repository.ts';
import { getScoredUnit, rewriteUnitMarkerItem } from '../data/close-repository.ts';
import { getNotice } from '../data/notice-repository.ts';
import { getResults } from '../data/result-repository.ts';
import { getRosterEntriesAndPeriods, getRosterEntry } from '../data/roster-repository.ts';
import { getUnit } from '../data/unit-repository.ts';
import { ADMIN_REVIEWER, assertReviewer, chooseReviewer, decideAppeal, explain, fileAppeal, type Appeal, type DecisionInput } from '../domain/appeal.ts';
import type { Assessment } from '../domain/assessment.ts';
import { DEFAULT_ASSESSMENT_POLICY } from '../domain/assessment-policy.ts';
import { DEFAULT_CONSEQUENCE_POLICY } from '../domain/consequence-policy.ts';
import { Forbidden, NotFound } from '../domain/errors.ts';
import { asFinalAssessment, isTopPerformer, markTopPerformers, scoreEmployee, type Result } from '../domain/result.ts';
import { curveWarnings } from '../domain/curve.ts';
import { hasRole, type Actor } from '../domain/roles.ts';
import { witaDateOf } from '../domain/time.ts';
import { appealDecidedNotice, appealFiledNotice, type CertificateRef } from '../notify/appeal-notice.ts';
import { appealNoticeInput } from './appeal-notice-input.ts';
import { certificateKindsOf, keberatanDeadline } from '../notify/notice.ts';
import { CERTIFICATE_TITLES } from '../notify/templates.ts';
import { previousPredikats } from './close.ts';
import { announceCommittedResults } from './result-outbox.ts';

async function resultOf(nip: string, periodId: string): Promise<Result> {
  const result = (await getResults([nip], periodId)).get(nip);
  if (!result) throw new NotFound(`Belum ada hasil penilaian periode ${periodId}.`);
  return result;
}

/**
 * The 14 days run from the sent notice of the result in force; before it is sent, the time has not started. A result
 * corrected at a close after a reopen brings its own HASIL notice, and with it a new 14 days (services/reclose.ts).
 */
async function deadlineOf(result: Result): Promise<string | null> {
  const notice = await getNotice(result.nip, result.periodId, 'HASIL', result.revision);
  return notice?.sentAt ? (notice.keberatanBy ?? keberatanDeadline(new Date(notice.sentAt))) : null;
}

export async function fileOwnAppeal(actor: Actor, periodId: string, reason: string, now: Date): Promise<Appeal> {
  const result = await resultOf(actor.nip, periodId);
  const assessorNip = result.assessorNip ?? '';
  const [assessorRoster, unit, deadline, earlier] = await Promise.all([getRosterEntry(assessorNip, periodId), getUnit(result.unitId), deadlineOf(result), getAppeal(actor.nip, periodId)]);
  const reviewer = chooseReviewer(actor.nip, assessorNip, assessorRoster?.supervisorNip, unit?.headNip);
  const appeal = fileAppeal(result, reviewer, reason, deadline, witaDateOf(now), now, earlier);
  const notice = appealFiledNotice(await appealNoticeInput(appeal, result));
  await createAppealOnce(appeal, { actorNip: actor.nip, action: 'APPEAL_FILED', at: now.toISOString(), after: appeal, reason }, [notice]);
  return appeal;
}

async function appealById(appealId: string): Promise<Appeal> {
  const [nip, periodId] = appealId.split('_') as [string, string];
  const appeal = await getAppeal(nip, periodId);
  if (!appeal) throw new NotFound('Keberatan tidak ditemukan.');
  return appeal;
}

/** The employee, their assessor and the reviewer may read an appeal; no one else. */
export async function readAppeal(actor: Actor, appealId: string): Promise<NamedAppeal> {
  const appeal = await appealById(appealId);
  const reviewer = appeal.reviewerNip === actor.nip || (appeal.reviewerNip === ADMIN_REVIEWER && hasRole(actor, 'admin'));
  if (![appeal.nip, appeal.assessorNip].includes(actor.nip) && !reviewer) throw new Forbidden('Anda tidak terlibat dalam keberatan ini.');
  const [named] = await withNames([appeal]);
  return named!;
}

/** An appeal as the reviewer reads it: the employee by name as the period's roster of record has them, and the period by its name. */
export type NamedAppeal = Appeal & { readonly employeeName: string; readonly periodName: string };

/** Names for a list of appeals from one BatchGet (roster entries and periods together); the codes stand in where a record is missing. */
async function withNames(appeals: readonly Appeal[]): Promise<NamedAppeal[]> {
  if (appeals.length === 0) return [];
  const { roster, periods } = await getRosterEntriesAndPeriods(appeals);
  return appeals.map((appeal) => ({
    ...appeal,
    employeeName: roster.get(`${appeal.nip}#${appeal.periodId}`)?.name ?? appeal.nip,
    periodName: periods.get(appeal.periodId)?.name ?? appeal.periodId,
  }));
}

export async function addExplanation(actor: Actor, appealId: string, text: string, now: Date): Promise<Appeal> {
  const appeal = await appealById(appealId);
  const next = explain(appeal, actor.nip, text, now);
  return appendExplanation(appeal, next.explanations.at(-1)!);
}

export async function reviewerInbox(actor: Actor) {
  const own = await listAppealsForReviewer(actor.nip);
  const bkpsdm = hasRole(actor, 'admin') ? await listAppealsForReviewer(ADMIN_REVIEWER) : [];
  return { items: await withNames([...own, ...bkpsdm.filter((a) => a.nip !== actor.nip)]) };
}

/** Deciding again after a piagam changed under the decision; a third change in a row is left to the reviewer. */
const DECISION_ATTEMPTS = 3;

/**
 * The reviewer's final decision. A change re-scores the result through the same scoring code (same policies),
 * as a new revision that replaces its decisions; announcing it makes the notices follow (a corrected notice,
 * an award granted or withdrawn). A piagam the notify consumer issues for the original result while this decides
 * fails the decision's transaction, and the decision is made again so that piagam is revoked with it (so does a
 * change of the unit's counts by another decision).
 */
export async function decideOwnInboxAppeal(actor: Actor, appealId: string, input: DecisionInput, now: Date): Promise<{ appeal: Appeal; result: Result }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await decideOnce(actor, appealId, input, now);
    } catch (error) {
      if (!(error instanceof ChangedWhileDeciding) || attempt === DECISION_ATTEMPTS) throw error;
    }
  }
}

async function decideOnce(actor: Actor, appealId: string, input: DecisionInput, now: Date): Promise<{ appeal: Appeal; result: Result }> {
  const appeal = await appealById(appealId);
  assertReviewer(appeal, actor.nip, hasRole(actor, 'admin'));
  const result = await resultOf(appeal.nip, appeal.periodId);
  const { appeal: decided, corrected } = decideAppeal(appeal, result, input, actor.nip, DEFAULT_ASSESSMENT_POLICY, now);
  const rescored = corrected ? await rescore(result, corrected, now) : undefined;
  const withdrawal = rescored ? await awardWithdrawal(result.nip, result.periodId, withdrawnKinds(result, rescored), now, `Keberatan ${appeal.appealId}`, 'KEBERATAN') : undefined;
  const revoked: CertificateRef[] = (withdrawal?.revoked ?? []).map((c) => ({ kind: c.kind, certificateId: c.certificateId, title: CERTIFICATE_TITLES[c.kind] }));
  const notice = appealDecidedNotice({ ...(await appealNoticeInput(decided, result)), corrected: rescored, revokedCertificates: revoked });
  const audit = { actorNip: actor.nip, action: 'APPEAL_DECIDED', at: now.toISOString(), before: result, after: rescored ?? result, reason: input.reason };
  const markerMove = rescored ? await unitMarkerAfterDecision(result, rescored, audit.at) : undefined;
  await recordAppealDecision({ decided, previousResult: result, corrected: rescored, audit, notices: [notice], withdrawal: withdrawal?.items ?? [], ...(markerMove ? { markerMove } : {}) });
  if (rescored) await announceCommittedResults([rescored]);
  return { appeal: decided, result: rescored ?? result };
}

/**
 * When the decision changes the predikat or takes the Terbaik award away, the unit's marker follows: the person moves
 * between its counts, the curve warnings are judged again, and a withdrawn Terbaik place is freed for a late result.
 */
async function unitMarkerAfterDecision(before: Result, after: Result, at: string) {
  const from = before.predikat ?? 'BELUM_DINILAI';
  const to = after.predikat ?? 'BELUM_DINILAI';
  const lostTop = isTopPerformer(before) && !isTopPerformer(after);
  if (from === to && !lostTop) return undefined;
  const [marker, unit] = await Promise.all([getScoredUnit(before.periodId, before.unitId), getUnit(before.unitId)]);
  const read = marker?.counts[from] ?? 0;
  if (!marker || read < 1) return undefined;
  const counts = from === to ? marker.counts : { ...marker.counts, [from]: read - 1, [to]: (marker.counts[to] ?? 0) + 1 };
  const topPerformers = Math.max(0, (marker.topPerformers ?? 0) - (lostTop ? 1 : 0));
  return rewriteUnitMarkerItem(before.periodId, before.unitId, { counts, curveWarnings: curveWarnings(counts, unit?.orgPredikat), topPerformers }, { key: from, count: read }, at);
}

/** The awards the original result earned that the corrected one does not: their piagams are revoked with the decision. */
function withdrawnKinds(before: Result, after: Result) {
  const kept = new Set(certificateKindsOf(after));
  return certificateKindsOf(before).filter((kind) => !kept.has(kind));
}

async function rescore(result: Result, corrected: Pick<Assessment, 'predikat' | 'score'> & { hasilKerja: Assessment['hasilKerja']['rating']; perilaku: Assessment['perilaku']['rating'] }, now: Date): Promise<Result> {
  const roster = await getRosterEntry(result.nip, result.periodId);
  if (!roster) throw new NotFound('Data periode pegawai tidak ditemukan.');
  const asDecided = asFinalAssessment({ ...result, ...corrected });
  const policy = DEFAULT_CONSEQUENCE_POLICY;
  const history = policy.pembinaanPredikats.includes(corrected.predikat) ? await previousPredikats(result.nip, result.periodId) : [];
  const base = scoreEmployee(roster, asDecided, history, policy, now);
  // The unit's "Pegawai Berkinerja Terbaik" was decided across the unit at close; an appeal keeps it only while the award stands.
  const keepsTop = isTopPerformer(result) && base.decisions.some((d) => d.kind === 'PENGHARGAAN');
  const [scored] = keepsTop ? markTopPerformers([base], { ...policy, topPerformersPerUnit: 1 }) : [base];
  return { ...scored!, revision: result.revision + 1 };
}
