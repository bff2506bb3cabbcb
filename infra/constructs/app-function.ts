import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import type { MailSender } from './mail-sender.ts';
import { grantTableAccess } from './table-access.ts';
import { REPO_ROOT } from './repo-root.ts';

/** What started the function decides how long it may run. */
export type FunctionKind = 'http' | 'job' | 'consumer';

const TIMEOUT_BY_KIND: Record<FunctionKind, Duration> = {
  // API Gateway gives up after 30 s; a handler that needs more than 10 s is a design problem, not a timeout.
  http: Duration.seconds(10),
  job: Duration.minutes(5),
  consumer: Duration.minutes(2),
};

export interface AppFunctionProps {
  /** The handler file as the manifest names it, relative to the repository root. */
  readonly handlerPath: string;
  readonly kind: FunctionKind;
  /** Becomes `POWERTOOLS_SERVICE_NAME`, so logs say which function wrote them. */
  readonly serviceName: string;
  readonly description?: string;
  readonly memorySize?: number;
}

/**
 * The one way this app builds a Lambda function: Node.js 24 on arm64, an ESM bundle built by the local
 * esbuild (never Docker), source maps, its own log group with retention, and a role that starts with
 * nothing but permission to write to that log group. Everything else is granted by `bind*` calls.
 */
export class AppFunction extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);

    const logGroup = new LogGroup(this, 'Logs', {
      // Long enough to investigate a keberatan filed at the end of its 14-day window after a period close.
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // An explicit role instead of AWSLambdaBasicExecutionRole: that managed policy may write to any log group.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: join(REPO_ROOT, props.handlerPath),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 256,
      timeout: TIMEOUT_BY_KIND[props.kind],
      description: props.description,
      role,
      logGroup,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        // Some dependencies still call require(); ESM output has none unless we make one.
        banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        target: 'node24',
        minify: true,
        sourceMap: true,
        // Stack traces need the mappings, not a second copy of the sources inside the zip.
        sourcesContent: false,
        // The Node.js 24 runtime ships SDK v3; bundling our own copy only makes cold starts slower.
        externalModules: ['@aws-sdk/*'],
        forceDockerBundling: false,
      },
    });
  }

  /** Sets `TABLE_NAME` and grants exactly the access the manifest asks for: read-only means no write actions at all. */
  bindTable(table: ITable, accessMode: 'RO' | 'RW'): void {
    this.function.addEnvironment('TABLE_NAME', table.tableName);
    grantTableAccess(table, this.function, accessMode);
  }

  /** Sets `EVENT_BUS_NAME` and allows PutEvents on this bus only. */
  bindEventBus(bus: IEventBus): void {
    this.function.addEnvironment('EVENT_BUS_NAME', bus.eventBusName);
    bus.grantPutEventsTo(this.function);
  }

  /** Sets `MAIL_FROM` and allows sending as the app's SES identity only. */
  bindMail(mail: MailSender): void {
    this.function.addEnvironment('MAIL_FROM', mail.mailFrom);
    mail.grantSend(this.function);
  }
}
