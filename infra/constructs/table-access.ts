import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { TABLE } from '#shared/data/table';

/**
 * Item reads, with Query on the table and its named indexes. No Scan: the codebase never scans, and a function
 * that cannot scan cannot regress into a list endpoint that does. No DescribeTable or streams either.
 */
export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'] as const;

/** Item writes. TransactWriteItems is authorized per item against these same actions. */
export const TABLE_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'] as const;

/**
 * Like `grantReadData` / `grantReadWriteData`, narrower: the table's own ARN and each index it really has
 * (from shared/data/table.ts) instead of `<table>/index/*`, and the action lists above instead of CDK's, which include Scan.
 */
export function grantTableAccess(table: ITable, grantee: IGrantable, accessMode: 'RO' | 'RW'): Grant {
  const actions = accessMode === 'RW' ? [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS] : [...TABLE_READ_ACTIONS];
  const resourceArns = [table.tableArn, ...TABLE.indexes.map((index) => `${table.tableArn}/index/${index.name}`)];
  return Grant.addToPrincipal({ grantee, actions, resourceArns });
}
