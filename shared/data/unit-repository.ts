import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { OrgPredikat } from '../domain/curve.ts';
import { NotFound } from '../domain/errors.ts';
import { isConditionalCheckFailure } from './item.ts';
import type { Unit } from '../domain/people.ts';
import { db, tableName } from './client.ts';
import { withoutKeys } from './item.ts';
import { ALL_UNITS, unitKey } from './keys.ts';
import { queryAll } from './pagination.ts';

export function unitItem(unit: Unit) {
  return { ...unitKey(unit.unitId), type: 'UNIT', GSI1PK: ALL_UNITS, GSI1SK: `${unit.name.toLocaleUpperCase('id-ID')}#${unit.unitId}`, ...unit };
}

export async function putUnit(unit: Unit): Promise<void> {
  await db().send(new PutCommand({ TableName: tableName(), Item: unitItem(unit) }));
}

export async function getUnit(unitId: string): Promise<Unit | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: unitKey(unitId) }));
  return Item ? withoutKeys<Unit>(Item) : undefined;
}

/** All OPDs by name; Kendari has about 42, so one bounded query. */
export async function listUnits(): Promise<Unit[]> {
  const items = await queryAll({
    TableName: tableName(),
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': ALL_UNITS },
  });
  return items.map((item) => withoutKeys<Unit>(item));
}

/** Sets the unit's organisation predikat; the unit must exist. Returns the unit as it now stands. */
export async function setUnitOrgPredikat(unitId: string, orgPredikat: OrgPredikat): Promise<Unit> {
  try {
    const { Attributes } = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: unitKey(unitId),
        UpdateExpression: 'SET orgPredikat = :predikat',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':predikat': orgPredikat },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return withoutKeys<Unit>(Attributes!);
  } catch (error) {
    if (isConditionalCheckFailure(error)) throw new NotFound(`Unit ${unitId} tidak ditemukan.`);
    throw error;
  }
}
