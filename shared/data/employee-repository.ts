import { BatchGetCommand, GetCommand, PutCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Employee, Unit } from '../domain/people.ts';
import { db, tableName } from './client.ts';
import { withoutKeys } from './item.ts';
import { employeeKey, supervisedByPk, supervisedSk, unitMemberSk, unitMembersPk } from './keys.ts';
import { queryPage, type Page, type PageRequest } from './pagination.ts';

export function employeeItem(employee: Employee) {
  return {
    ...employeeKey(employee.nip),
    type: 'EMPLOYEE',
    GSI1PK: unitMembersPk(employee.unitId),
    GSI1SK: unitMemberSk(employee.name, employee.nip),
    ...(employee.supervisorNip ? { GSI2PK: supervisedByPk(employee.supervisorNip), GSI2SK: supervisedSk(employee.nip) } : {}),
    ...employee,
  };
}

export async function putEmployee(employee: Employee): Promise<void> {
  await db().send(new PutCommand({ TableName: tableName(), Item: employeeItem(employee) }));
}

export async function getEmployee(nip: string): Promise<Employee | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: employeeKey(nip) }));
  return Item ? withoutKeys<Employee>(Item) : undefined;
}

/** Several profiles in one round trip (at most 100 keys, the BatchGet limit), e.g. a person and their supervisor. */
export async function getEmployees(nips: readonly string[]): Promise<Map<string, Employee>> {
  const unique = [...new Set(nips)].slice(0, 100);
  const found = new Map<string, Employee>();
  if (unique.length === 0) return found;
  let keys: Record<string, unknown>[] | undefined = unique.map(employeeKey) as unknown as Record<string, unknown>[];
  while (keys && keys.length > 0) {
    const result: BatchGetCommandOutput = await db().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: keys } } }));
    for (const item of result.Responses?.[tableName()] ?? []) {
      const employee = withoutKeys<Employee>(item);
      found.set(employee.nip, employee);
    }
    keys = result.UnprocessedKeys?.[tableName()]?.Keys;
  }
  return found;
}

export function listDirectReports(supervisorNip: string, page: PageRequest = {}): Promise<Page<Employee>> {
  const partitionValue = supervisedByPk(supervisorNip);
  return queryPage(
    {
      TableName: tableName(),
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': partitionValue },
      partitionAttribute: 'GSI2PK',
      partitionValue,
    },
    page,
    (item) => withoutKeys<Employee>(item),
  );
}

export function listUnitMembers(unitId: Unit['unitId'], page: PageRequest = {}): Promise<Page<Employee>> {
  const partitionValue = unitMembersPk(unitId);
  return queryPage(
    {
      TableName: tableName(),
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :emp)',
      ExpressionAttributeValues: { ':pk': partitionValue, ':emp': 'EMP#' },
      partitionAttribute: 'GSI1PK',
      partitionValue,
    },
    page,
    (item) => withoutKeys<Employee>(item),
  );
}
