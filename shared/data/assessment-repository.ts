import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Assessment } from '../domain/assessment.ts';
import { Conflict } from '../domain/errors.ts';
import { putVersionedWithAudit, type AuditEntry } from './audit.ts';
import { getAll } from './batch.ts';
import { db, tableName } from './client.ts';
import { withoutKeys } from './item.ts';
import { assessmentKey, assessorPk, assessorSk } from './keys.ts';

export function assessmentItem(assessment: Assessment) {
  return {
    ...assessmentKey(assessment.nip, assessment.periodId),
    type: 'ASSESSMENT',
    GSI1PK: assessorPk(assessment.assessorNip),
    GSI1SK: assessorSk(assessment.periodId, assessment.nip),
    ...assessment,
  };
}

export async function getAssessment(nip: string, periodId: string): Promise<Assessment | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: assessmentKey(nip, periodId), ConsistentRead: true }));
  return Item ? withoutKeys<Assessment>(Item) : undefined;
}

/** The assessments of several employees in a period, by NIP (the assessor's team list). */
export async function getAssessments(nips: readonly string[], periodId: string): Promise<Map<string, Assessment>> {
  const items = await getAll(nips.map((nip) => assessmentKey(nip, periodId)));
  return new Map(items.map((item) => [item.nip as string, withoutKeys<Assessment>(item)]));
}

/**
 * Writes the next state only if it is still at `previousVersion` (two supervisors' tabs cannot both win)
 * and, in the same transaction, its audit entry.
 */
export async function saveAssessmentIfVersion(next: Assessment, previousVersion: number, audit: AuditEntry): Promise<void> {
  if (!(await putVersionedWithAudit(assessmentItem(next), previousVersion, audit))) {
    throw new Conflict('Penilaian telah diubah di tempat lain; muat ulang lalu ulangi.');
  }
}
