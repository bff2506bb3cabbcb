import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { getAll } from './batch.ts';
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

/** Several profiles by NIP, 100 per round trip: e.g. a person and their supervisor, or a team. */
export async function getEmployees(nips: readonly string[]): Promise<Map<string, Employee>> {
  const items = await getAll([...new Set(nips)].map(employeeKey));
  return new Map(items.map((item) => [item.nip as string, withoutKeys<Employee>(item)]));
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
