import { Stack, type CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_SOURCE, type EventRuleSpec, type RouteSpec, type ScheduleSpec, type TableAccess } from '#shared/manifest';
import { buildApp, MANIFEST, type AppManifest } from './build-app.ts';
import { AppFunction } from './constructs/app-function.ts';
import { TABLE_WRITE_ACTIONS } from './constructs/table-access.ts';
import { constructIdFor } from './stacks/manifest-function.ts';

/**
 * The manifest plus one entry of each kind that exercises what the real manifest may not use yet
 * (an event rule, publishesEvents, sendsEmail), pointing at handler files that exist.
 */
const anyRoute = Object.values(MANIFEST.routes)[0]!;
const extended: AppManifest = {
  routes: { ...MANIFEST.routes, 'POST /api/test/notify': { ...anyRoute, access: ['admin'], table: 'RW', publishesEvents: true, sendsEmail: true } },
  schedules: MANIFEST.schedules,
  eventRules: {
    ...MANIFEST.eventRules,
    'test-consumer': {
      handler: anyRoute.handler,
      detailTypes: ['ResultScored', 'PeriodClosed'],
      table: 'RO',
      sendsEmail: true,
      summary: 'Test consumer',
    },
  },
};

// CDK's built-in CloudFormation schema check costs seconds per synth and only ever warns; `cdk synth` still runs it.
process.env.CDK_VALIDATION = 'false';
const { app, api, jobs } = buildApp({
  webAssetDir: mkdtempSync(join(tmpdir(), 'ekinerja-web-test-')),
  bundling: false,
  nag: false,
  manifest: extended,
  context: { webOrigin: 'https://d111111abcdef8.cloudfront.net' },
});
const templates = new Map<Stack, Template>([api, jobs].map((stack) => [stack, Template.fromStack(stack)]));

interface Built {
  readonly key: string;
  readonly spec: RouteSpec | ScheduleSpec | EventRuleSpec;
  readonly fn: AppFunction;
}

/** Every AppFunction in the app, next to the manifest entry it was built from. */
function builtFunctions(): Built[] {
  const all = app.node.findAll().filter((c): c is AppFunction => c instanceof AppFunction);
  const entries = [...Object.entries(extended.routes), ...Object.entries(extended.schedules), ...Object.entries(extended.eventRules)];
  return entries.map(([key, spec]) => {
    const matches = all.filter((fn) => fn.node.id === constructIdFor(key));
    expect(matches, key).toHaveLength(1);
    return { key, spec, fn: matches[0]! };
  });
}

function rendered(fn: AppFunction) {
  const stack = Stack.of(fn);
  const template = templates.get(stack)!.toJSON();
  const logicalId = stack.getLogicalId(fn.function.node.defaultChild as CfnFunction);
  const policy = fn.function.role!.node.tryFindChild('DefaultPolicy')!.node.defaultChild as CfnElement;
  const statements = (template.Resources[stack.getLogicalId(policy)]?.Properties.PolicyDocument.Statement ?? []) as {
    Action: string | string[];
    Resource: unknown;
  }[];
  return {
    properties: template.Resources[logicalId].Properties,
    statements,
    actions: statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])),
  };
}

const built = builtFunctions();

describe('every manifest function', () => {
  it('runs Node.js 24 on arm64 with source maps, its service name and its own log group', () => {
    for (const { key, fn } of built) {
      const { properties } = rendered(fn);
      expect(properties.Runtime, key).toBe('nodejs24.x');
      expect(properties.Architectures, key).toEqual(['arm64']);
      expect(properties.MemorySize, key).toBe(256);
      expect(properties.Environment.Variables.NODE_OPTIONS, key).toBe('--enable-source-maps');
      expect(properties.Environment.Variables.POWERTOOLS_SERVICE_NAME, key).toMatch(/^[a-z0-9-]+$/);
      expect(properties.LoggingConfig.LogGroup, key).toEqual({ Ref: expect.stringMatching(/Logs/) });
    }
  });

  it('gets a timeout that fits what starts it', () => {
    for (const { key, fn } of built) {
      const timeout = rendered(fn).properties.Timeout as number;
      if (key in extended.routes) expect(timeout, key).toBe(10);
      else expect(timeout, key).toBeLessThanOrEqual(300);
    }
  });

  it('gets the table access the manifest declares, and read-only functions no write action at all', () => {
    const expectAccess = (key: string, access: TableAccess, fn: AppFunction) => {
      const { properties, actions } = rendered(fn);
      const dynamoActions = actions.filter((a) => a.startsWith('dynamodb:'));
      if (access === 'NONE') {
        expect(dynamoActions, key).toEqual([]);
        expect(properties.Environment.Variables.TABLE_NAME, key).toBeUndefined();
        return;
      }
      expect(properties.Environment.Variables.TABLE_NAME, key).toBeDefined();
      expect(dynamoActions, key).toContain('dynamodb:Query');
      expect(dynamoActions, key).not.toContain('dynamodb:Scan');
      for (const write of TABLE_WRITE_ACTIONS) {
        if (access === 'RO') expect(dynamoActions, key).not.toContain(write);
        else expect(dynamoActions, key).toContain(write);
      }
    };
    for (const { key, spec, fn } of built) expectAccess(key, spec.table, fn);
    expect(built.some(({ spec }) => spec.table === 'RO')).toBe(true);
  });

  it('names each index instead of granting <table>/index/*', () => {
    for (const { key, fn } of built) {
      expect(JSON.stringify(rendered(fn).statements), key).not.toContain('/index/*');
    }
  });

  it('may put events on the app bus only when the manifest says it publishes, and send mail only when it says so', () => {
    for (const { key, spec, fn } of built) {
      const { properties, statements, actions } = rendered(fn);
      const publishes = 'publishesEvents' in spec && spec.publishesEvents === true;
      const sends = 'sendsEmail' in spec && spec.sendsEmail === true;
      expect(actions.includes('events:PutEvents'), key).toBe(publishes);
      expect(properties.Environment.Variables.EVENT_BUS_NAME !== undefined, key).toBe(publishes);
      expect(actions.includes('ses:SendEmail'), key).toBe(sends);
      expect(properties.Environment.Variables.MAIL_FROM !== undefined, key).toBe(sends);
      for (const statement of statements) expect(statement.Resource, key).not.toBe('*');
    }
  });
});

describe('event rules', () => {
  it('route the manifest detail types from the app source on the custom bus to the consumer, with retries and a dead-letter queue', () => {
    const template = templates.get(jobs)!;
    for (const spec of Object.values(extended.eventRules)) {
      template.hasResourceProperties('AWS::Events::Rule', {
        EventBusName: { Ref: Match.stringLikeRegexp('Bus') },
        EventPattern: { source: [EVENT_SOURCE], 'detail-type': [...spec.detailTypes] },
        Targets: [
          Match.objectLike({
            RetryPolicy: Match.objectLike({ MaximumRetryAttempts: Match.anyValue() }),
            DeadLetterConfig: { Arn: Match.anyValue() },
          }),
        ],
      });
    }
  });

  it('send what fails after Lambda retries to the same dead-letter queue', () => {
    const template = templates.get(jobs)!;
    const workers = Object.keys(extended.schedules).length + Object.keys(extended.eventRules).length;
    const configs = template.findResources('AWS::Lambda::EventInvokeConfig', {
      Properties: { DestinationConfig: { OnFailure: { Destination: Match.anyValue() } } },
    });
    expect(Object.keys(configs)).toHaveLength(workers);
  });
});
