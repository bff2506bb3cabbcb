import { Match, Template } from 'aws-cdk-lib/assertions';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE } from '#shared/data/table';
import { ROLES } from '#shared/domain/roles';
import { EVENT_RULES, ROUTES, SCHEDULES } from '#shared/manifest';
import { buildApp } from './build-app.ts';

// CDK's built-in CloudFormation schema check costs seconds per synth and only ever warns; `cdk synth` still runs it.
process.env.CDK_VALIDATION = 'false';
const webAssetDir = mkdtempSync(join(tmpdir(), 'ekinerja-web-test-'));
writeFileSync(join(webAssetDir, 'index.html'), '<!doctype html><title>test</title>');
const { data, jobs, api, web } = buildApp({
  webAssetDir,
  bundling: false,
  nag: false,
  context: { webOrigin: 'https://d111111abcdef8.cloudfront.net' },
});
const dataTemplate = Template.fromStack(data);
const jobsTemplate = Template.fromStack(jobs);
const apiTemplate = Template.fromStack(api);
const webTemplate = Template.fromStack(web);

/** Functions built from the manifest, told apart from CDK's own helpers (the BucketDeployment handler). */
function appFunctionCount(template: Template): number {
  return Object.keys(template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs24.x' } })).length;
}

describe('data stack', () => {
  it('builds the one table from shared/data/table.ts with recovery and deletion guards', () => {
    dataTemplate.resourceCountIs('AWS::DynamoDB::Table', 1);
    dataTemplate.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        BillingMode: 'PAY_PER_REQUEST',
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: TABLE.indexes.map((index) =>
          Match.objectLike({
            IndexName: index.name,
            KeySchema: [
              { AttributeName: index.partitionKey, KeyType: 'HASH' },
              { AttributeName: index.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          }),
        ),
      },
    });
  });
});

describe('api stack', () => {
  it('has exactly one function per manifest route', () => {
    expect(appFunctionCount(apiTemplate)).toBe(Object.keys(ROUTES).length);
    apiTemplate.resourceCountIs('AWS::ApiGatewayV2::Route', Object.keys(ROUTES).length);
  });

  it('puts the JWT authorizer on every route the manifest does not mark public, and none on public ones', () => {
    const [authorizerId] = Object.keys(apiTemplate.findResources('AWS::ApiGatewayV2::Authorizer'));
    for (const [routeKey, spec] of Object.entries(ROUTES)) {
      const routes = Object.values(apiTemplate.findResources('AWS::ApiGatewayV2::Route', { Properties: { RouteKey: routeKey } }));
      expect(routes, routeKey).toHaveLength(1);
      const properties = routes[0]!.Properties;
      if (spec.access === 'public') {
        expect(properties.AuthorizationType, routeKey).toBe('NONE');
        expect(properties.AuthorizerId, routeKey).toBeUndefined();
      } else {
        expect(properties.AuthorizationType, routeKey).toBe('JWT');
        expect(properties.AuthorizerId, routeKey).toEqual({ Ref: authorizerId });
      }
    }
  });

  it('checks tokens against the user pool as issuer and the web client as audience', () => {
    apiTemplate.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Issuer: { 'Fn::Join': ['', ['https://cognito-idp.ap-southeast-3.amazonaws.com/', { Ref: Match.stringLikeRegexp('UserPool') }]] },
        Audience: [Match.objectLike({ Ref: Match.stringLikeRegexp('WebClient') })],
      },
    });
  });

  it('throttles the default stage and writes access logs to a log group', () => {
    apiTemplate.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
  });

  it('alarms on the 5xx rate', () => {
    apiTemplate.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Metrics: Match.arrayWith([Match.objectLike({ Expression: Match.stringLikeRegexp('errors / requests') })]),
    });
  });

  it('runs a user pool without self sign-up, with a strong password policy, optional MFA, Plus-tier protection and custom:nip', () => {
    apiTemplate.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'OPTIONAL',
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
      DeletionProtection: 'ACTIVE',
      Policies: {
        PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true }),
      },
      Schema: Match.arrayWith([Match.objectLike({ Name: 'nip', AttributeDataType: 'String', Mutable: true })]),
    });
    for (const role of ROLES) apiTemplate.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: role });
  });

  it('gives the web form a public client: code flow only, no secret, and no way to rewrite custom:nip', () => {
    apiTemplate.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      CallbackURLs: ['https://d111111abcdef8.cloudfront.net/'],
      ReadAttributes: Match.arrayWith(['custom:nip']),
      WriteAttributes: Match.not(Match.arrayWith(['custom:nip'])),
    });
  });
});

describe('jobs stack', () => {
  it('has exactly one function per manifest schedule and event rule', () => {
    expect(appFunctionCount(jobsTemplate)).toBe(Object.keys(SCHEDULES).length + Object.keys(EVENT_RULES).length);
  });

  it("schedules every job with the manifest's cron in Asia/Makassar, with retries and a dead-letter queue", () => {
    const schedules = Object.values(jobsTemplate.findResources('AWS::Scheduler::Schedule'));
    expect(schedules).toHaveLength(Object.keys(SCHEDULES).length);
    for (const [name, spec] of Object.entries(SCHEDULES)) {
      const schedule = schedules.find((s) => s.Properties.ScheduleExpression === spec.cron);
      expect(schedule, name).toBeDefined();
      expect(schedule!.Properties.ScheduleExpressionTimezone, name).toBe('Asia/Makassar');
      expect(schedule!.Properties.Target.RetryPolicy.MaximumRetryAttempts, name).toBeGreaterThan(0);
      expect(schedule!.Properties.Target.DeadLetterConfig.Arn, name).toBeDefined();
    }
  });

  it('has a custom event bus and a dead-letter queue with an alarm for every job and consumer', () => {
    jobsTemplate.resourceCountIs('AWS::Events::EventBus', 1);
    const workers = Object.keys(SCHEDULES).length + Object.keys(EVENT_RULES).length;
    jobsTemplate.resourceCountIs('AWS::SQS::Queue', workers);
    const alarms = jobsTemplate.findResources('AWS::CloudWatch::Alarm', {
      Properties: { MetricName: 'ApproximateNumberOfMessagesVisible', Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' },
    });
    expect(Object.keys(alarms)).toHaveLength(workers);
  });

  it('has an SES domain identity with a configuration set', () => {
    jobsTemplate.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'ekinerja.kendarikota.go.id',
      ConfigurationSetAttributes: { ConfigurationSetName: Match.anyValue() },
    });
  });
});

describe('web stack', () => {
  it('blocks public access and requires TLS on every bucket', () => {
    const buckets = webTemplate.findResources('AWS::S3::Bucket');
    expect(Object.keys(buckets).length).toBeGreaterThan(0);
    for (const bucket of Object.values(buckets)) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
    }
    webTemplate.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it('serves the form through origin access control and sends /api/* to the API uncached, with every viewer header but Host', () => {
    webTemplate.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    webTemplate.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: [
          Match.objectLike({
            PathPattern: '/api/*',
            AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
            CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
            OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac', // Managed-AllViewerExceptHostHeader
            ViewerProtocolPolicy: 'https-only',
          }),
        ],
        Origins: Match.arrayWith([
          Match.objectLike({ OriginAccessControlId: Match.anyValue(), S3OriginConfig: Match.anyValue() }),
          Match.objectLike({
            DomainName: { 'Fn::Select': [2, { 'Fn::Split': ['/', Match.anyValue()] }] },
            CustomOriginConfig: Match.objectLike({ OriginProtocolPolicy: 'https-only' }),
          }),
        ]),
      }),
    });
  });

  it('answers with a same-origin CSP, HSTS, no framing, nosniff and a referrer policy', () => {
    webTemplate.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: {
          ContentSecurityPolicy: {
            ContentSecurityPolicy: Match.objectLike({
              'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp("^default-src 'self'; script-src 'self';")])],
            }),
            Override: true,
          },
          StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: Match.anyValue(), IncludeSubdomains: true, Override: true }),
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ContentTypeOptions: { Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'same-origin', Override: true },
        },
      }),
    });
    const policy = Object.values(webTemplate.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0]!;
    const [, parts] = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy['Fn::Join'];
    const csp = (parts as unknown[]).map((part) => (typeof part === 'string' ? part : '<token>')).join('');
    expect(csp).toContain("frame-ancestors 'none'");
    // Nothing but this origin, inline data images, and our own Cognito domain for the token exchange.
    const sources = csp.split(';').flatMap((directive) => directive.trim().split(/\s+/).slice(1));
    for (const source of sources) {
      expect(source).toMatch(/^('self'|'none'|data:|https:\/\/<token>\.auth\.ap-southeast-3\.amazoncognito\.com)$/);
    }
  });

  it('deploys the built form and its sign-in settings to the bucket', () => {
    webTemplate.hasResourceProperties('Custom::CDKBucketDeployment', { DistributionPaths: ['/*'] });
  });
});
