import { Annotations, App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_RULES, ROUTES, SCHEDULES, type EventRuleSpec, type RouteSpec, type ScheduleSpec } from '#shared/manifest';
import { REPO_ROOT } from './constructs/repo-root.ts';
import { ApiStack } from './stacks/api-stack.ts';
import { DataStack } from './stacks/data-stack.ts';
import { JobsStack } from './stacks/jobs-stack.ts';
import { WebStack } from './stacks/web-stack.ts';

/** What to build: the manifest, unless a test wants to add an entry the manifest does not have yet. */
export interface AppManifest {
  readonly routes: Readonly<Record<string, RouteSpec>>;
  readonly schedules: Readonly<Record<string, ScheduleSpec>>;
  readonly eventRules: Readonly<Record<string, EventRuleSpec>>;
}

export const MANIFEST: AppManifest = { routes: ROUTES, schedules: SCHEDULES, eventRules: EVENT_RULES };

export interface BuildAppOptions {
  /** The built web form (`buildWeb()` output) to deploy. */
  readonly webAssetDir: string;
  /** Bundle each function with esbuild. Tests turn it off: they assert on templates, not on zips. */
  readonly bundling?: boolean;
  /** Run cdk-nag's AwsSolutions pack as a synthesis validation plugin: a finding fails `cdk synth`. */
  readonly nag?: boolean;
  readonly manifest?: AppManifest;
  /** Extra context, as `-c key=value` would give it. */
  readonly context?: Record<string, unknown>;
}

const DEFAULTS = {
  region: 'ap-southeast-3',
  mailDomain: 'ekinerja.kendarikota.go.id',
  authDomainPrefix: 'ekinerja-kendari',
};

/**
 * The form's URL is not known before CloudFront creates it, and the sign-in client (API stack) cannot wait for the
 * web stack that itself needs the API: so the first deploy uses this placeholder and a warning says what to do.
 */
const PLACEHOLDER_WEB_ORIGIN = 'https://localhost';

/**
 * The whole app: the stateful data stack, passed into the stateless jobs, API and web stacks.
 * `infra/app.ts` and the infra tests both call this, so what is tested is what is deployed.
 *
 * Context: `region`, `mailDomain`, `authDomainPrefix`, `alarmEmail`, `webOrigin` (the CloudFront or
 * custom-domain URL of the form, for the OAuth callback) and `cognitoMailViaSes` (once `mailDomain` is verified).
 */
export function buildApp(options: BuildAppOptions) {
  // cdk.json's feature flags change what constructs render; read here too, tests synthesize what `cdk synth` does.
  const context: Record<string, unknown> = { ...cdkJsonContext(), ...options.context };
  // An empty list tells every NodejsFunction that no stack needs its asset, so esbuild never runs.
  if (options.bundling === false) context['aws:cdk:bundling-stacks'] = [];
  const app = new App({ context });
  const manifest = options.manifest ?? MANIFEST;
  const setting = (key: keyof typeof DEFAULTS) => (app.node.tryGetContext(key) as string | undefined) ?? DEFAULTS[key];

  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: setting('region') };
  const webOrigin = app.node.tryGetContext('webOrigin') as string | undefined;
  const normalizedWebOrigin = webOrigin?.replace(/\/+$/, '');
  const alarmEmail = app.node.tryGetContext('alarmEmail') as string | undefined;

  const data = new DataStack(app, 'EKinerjaData', { env, description: 'e-Kinerja Kendari: the table (stateful)' });
  const jobs = new JobsStack(app, 'EKinerjaJobs', {
    env,
    description: 'e-Kinerja Kendari: event bus, schedules, consumers, mail',
    schedules: manifest.schedules,
    eventRules: manifest.eventRules,
    table: data.table,
    mailDomain: setting('mailDomain'),
    alarmEmail,
  });
  const api = new ApiStack(app, 'EKinerjaApi', {
    env,
    description: 'e-Kinerja Kendari: HTTP API, Cognito, route functions',
    routes: manifest.routes,
    resources: { table: data.table, bus: jobs.bus, mail: jobs.mail },
    webOrigins: [normalizedWebOrigin ?? PLACEHOLDER_WEB_ORIGIN],
    authDomainPrefix: setting('authDomainPrefix'),
    cognitoMailDomain: isTrue(app.node.tryGetContext('cognitoMailViaSes')) ? setting('mailDomain') : undefined,
    alarmAction: jobs.alarmAction,
  });
  const web = new WebStack(app, 'EKinerjaWeb', {
    env,
    description: 'e-Kinerja Kendari: web form and CloudFront',
    apiEndpoint: api.httpApi.apiEndpoint,
    webAssetDir: options.webAssetDir,
    auth: { cognitoDomain: api.users.cognitoDomainName, clientId: api.users.webClient.userPoolClientId },
    webOrigin: normalizedWebOrigin,
  });

  if (!webOrigin) {
    Annotations.of(api.users.webClient).addWarningV2(
      'ekinerja:webOriginMissing',
      'Context webOrigin is not set: the sign-in callback points at a placeholder. After the first deploy, redeploy with -c webOrigin=<the WebUrl output>.',
    );
  }
  if (options.nag ?? true) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, data, jobs, api, web };
}

function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
  return cdkJson.context ?? {};
}

/** `-c flag=true` arrives as a string, cdk.json gives a boolean. */
function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}
