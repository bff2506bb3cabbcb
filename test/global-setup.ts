import type { TestProject } from 'vitest/node';
import { startDynamoLocal, type RunningDynamo } from '../infra/local/dynamo.ts';
import { freePort } from '../infra/local/ports.ts';
import { startSesLocal, type RunningSes } from '../infra/local/ses.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    sesEndpoint: string;
  }
}

let dynamo: RunningDynamo | undefined;
let ses: RunningSes | undefined;

/** One DynamoDB Local (in memory) and one SES stand-in for the whole run; never one Java process per file. */
export async function setup(project: TestProject) {
  [dynamo, ses] = await Promise.all([startDynamoLocal({ port: await freePort() }), startSesLocal({ port: await freePort() })]);
  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('sesEndpoint', ses.endpoint);
}

export async function teardown() {
  await Promise.all([dynamo?.stop(), ses?.stop()]);
}
