import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';
import { basename } from 'node:path';
import type { TableAccess } from '#shared/manifest';
import { AppFunction, type FunctionKind } from '../constructs/app-function.ts';
import type { MailSender } from '../constructs/mail-sender.ts';

/** What any manifest entry (route, schedule or event rule) says about the function behind it. */
export interface ManifestEntry {
  readonly handler: string;
  readonly table: TableAccess;
  readonly publishesEvents?: boolean;
  readonly sendsEmail?: boolean;
  readonly summary: string;
}

/** The shared resources a manifest entry may ask for. */
export interface AppResources {
  readonly table: ITable;
  readonly bus: IEventBus;
  readonly mail: MailSender;
}

/** Builds the function for one manifest entry and grants it exactly what the entry declares, nothing by default. */
export function functionFor(scope: Construct, id: string, entry: ManifestEntry, kind: FunctionKind, resources: AppResources): AppFunction {
  const fn = new AppFunction(scope, id, {
    handlerPath: entry.handler,
    kind,
    serviceName: basename(entry.handler, '.ts'),
    description: entry.summary,
  });
  if (entry.table !== 'NONE') fn.bindTable(resources.table, entry.table);
  if (entry.publishesEvents) fn.bindEventBus(resources.bus);
  if (entry.sendsEmail) fn.bindMail(resources.mail);
  return fn;
}

/**
 * A stable construct id from a manifest key: `GET /api/team/{nip}/reports` → `GetApiTeamNipReports`.
 * Stable ids keep logical ids, and so deployed resources, unchanged as other routes come and go.
 */
export function constructIdFor(key: string): string {
  return key
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase())
    .join('');
}

/** Two keys that differ only in punctuation would fight over one construct id; fail with both names instead. */
export function uniqueConstructIds(keys: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const seen = new Map<string, string>();
  for (const key of keys) {
    const id = constructIdFor(key);
    const other = seen.get(id);
    if (other) throw new Error(`Manifest keys "${other}" and "${key}" both map to construct id ${id}; rename one.`);
    seen.set(id, key);
    ids.set(key, id);
  }
  return ids;
}
