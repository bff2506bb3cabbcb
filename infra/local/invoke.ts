import type { Context } from 'aws-lambda';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

const loaded = new Map<string, Promise<LambdaHandler>>();
const root = resolve(import.meta.dirname, '../..');

/** Imports a manifest handler file once, like a warm Lambda container. */
function load(handlerFile: string): Promise<LambdaHandler> {
  let handler = loaded.get(handlerFile);
  if (!handler) {
    handler = import(pathToFileURL(resolve(root, handlerFile)).href).then((module: { handler?: LambdaHandler }) => {
      if (typeof module.handler !== 'function') throw new Error(`${handlerFile} does not export a handler`);
      return module.handler;
    });
    loaded.set(handlerFile, handler);
  }
  return handler;
}

let sequence = 0;

export async function invoke(handlerFile: string, event: unknown, timeoutMs = 30_000): Promise<unknown> {
  const handler = await load(handlerFile);
  const started = Date.now();
  const requestId = `local-${started.toString(36)}-${(sequence++).toString(36)}`;
  const name = handlerFile.replace(/^functions\//, '').replace(/\.ts$/, '').replaceAll('/', '-');
  const context = {
    awsRequestId: requestId,
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${name}`,
    memoryLimitInMB: '256',
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => Math.max(0, timeoutMs - (Date.now() - started)),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  } satisfies Context;
  return handler(event, context);
}
