import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Training } from '../domain/training.ts';
import { db, tableName } from './client.ts';
import { withoutKeys } from './item.ts';
import { employeeKey, trainingKey, unitTrainingPk } from './keys.ts';
import { queryAll } from './pagination.ts';

export async function putNewTraining(training: Training): Promise<void> {
  await db().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...trainingKey(training.nip, training.year, training.trainingId),
        type: 'TRAINING',
        GSI1PK: unitTrainingPk(training.unitId, training.year),
        GSI1SK: `${training.nip}#${training.trainingId}`,
        ...training,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  );
}

/** One employee's records of a year: a handful, one query. */
export async function listTrainingsOfYear(nip: string, year: number): Promise<Training[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': employeeKey(nip).PK, ':prefix': `TRAINING#${year}#` },
  });
  return items.map((item) => withoutKeys<Training>(item));
}

export async function listUnitTrainingsOfYear(unitId: string, year: number): Promise<Training[]> {
  const items = await queryAll({
    TableName: tableName(),
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': unitTrainingPk(unitId, year) },
  });
  return items.map((item) => withoutKeys<Training>(item));
}
