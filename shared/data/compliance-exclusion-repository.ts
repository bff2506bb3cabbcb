import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ComplianceExclusion } from '../domain/compliance.ts';
import { db, tableName } from './client.ts';
import { withoutKeys } from './item.ts';
import { complianceExclusionKey } from './keys.ts';
import { queryAll } from './pagination.ts';

/** The people left out of a unit's reporting compliance in a period, by NIP. One Query. */
export async function listComplianceExclusions(periodId: string, unitId: string): Promise<Map<string, ComplianceExclusion>> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': complianceExclusionKey(periodId, unitId, '').PK },
  });
  return new Map(items.map((item) => [String(item.nip), withoutKeys<ComplianceExclusion>(item)]));
}

/** Records (or replaces) why someone is left out. */
export async function putComplianceExclusion(exclusion: ComplianceExclusion): Promise<void> {
  await db().send(
    new PutCommand({ TableName: tableName(), Item: { ...complianceExclusionKey(exclusion.periodId, exclusion.unitId, exclusion.nip), type: 'COMPLIANCE_EXCLUSION', ...exclusion } }),
  );
}

/** Takes someone back into the count; true when there was an exclusion to remove. */
export async function deleteComplianceExclusion(periodId: string, unitId: string, nip: string): Promise<boolean> {
  const { Attributes } = await db().send(new DeleteCommand({ TableName: tableName(), Key: complianceExclusionKey(periodId, unitId, nip), ReturnValues: 'ALL_OLD' }));
  return Attributes !== undefined;
}
