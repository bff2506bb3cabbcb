import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import type { Detail } from '../../events/contracts.ts';
import type { Result } from '../domain/result.ts';
import { db, tableName } from './client.ts';
import { RESULT_OUTBOX, resultOutboxKey } from './keys.ts';
import { queryAll } from './pagination.ts';

export interface UnannouncedResult {
  readonly detail: Detail<'ResultScored'>;
  readonly createdAt: string;
}

/** What ResultScored says about a result revision (the close, a late assessment and a keberatan decision announce the same). */
export const resultScoredDetail = (r: Result): Detail<'ResultScored'> => ({
  periodId: r.periodId,
  nip: r.nip,
  unitId: r.unitId,
  predikat: r.predikat ?? null,
  decisions: r.decisions.map((d) => d.kind),
  revision: r.revision,
});

/** The transaction item that records a result revision still to be announced: put with the change itself. */
export function resultOutboxItem(detail: Detail<'ResultScored'>, createdAt: string) {
  return { Put: { TableName: tableName(), Item: { ...resultOutboxKey(detail.nip, detail.periodId, detail.revision), type: 'RESULT_OUTBOX', detail, createdAt } } };
}

/** Every result revision not yet known to be announced (one Query of the outbox partition). */
export async function listUnannouncedResults(): Promise<UnannouncedResult[]> {
  const items = await queryAll({ TableName: tableName(), KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': RESULT_OUTBOX } });
  return items.map((item) => ({ detail: item.detail as Detail<'ResultScored'>, createdAt: item.createdAt as string }));
}

export async function clearResultAnnouncement(detail: Pick<Detail<'ResultScored'>, 'nip' | 'periodId' | 'revision'>): Promise<void> {
  await db().send(new DeleteCommand({ TableName: tableName(), Key: resultOutboxKey(detail.nip, detail.periodId, detail.revision) }));
}
