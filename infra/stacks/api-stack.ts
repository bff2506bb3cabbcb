import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpNoneAuthorizer, LogGroupLogDestination, type HttpStage, type IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Alarm, ComparisonOperator, MathExpression, TreatMissingData, type IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { splitRouteKey, type RouteSpec } from '#shared/manifest';
import { UserDirectory } from '../constructs/user-directory.ts';
import { functionFor, uniqueConstructIds, type AppResources } from './manifest-function.ts';

export interface ApiStackProps extends StackProps {
  /** The manifest's ROUTES. */
  readonly routes: Readonly<Record<string, RouteSpec>>;
  readonly resources: AppResources;
  /** Origins allowed as OAuth callbacks for the web form. */
  readonly webOrigins: readonly string[];
  readonly authDomainPrefix: string;
  /** See UserDirectoryProps.sesMailDomain. */
  readonly cognitoMailDomain?: string;
  readonly alarmAction?: IAlarmAction;
}

/** Sized for one city's civil service (a few thousand people, a morning peak); API Gateway answers 429 beyond it. */
const THROTTLE = { rateLimit: 100, burstLimit: 200 };

/**
 * The HTTP API: one Lambda per manifest route, a Cognito JWT authorizer on every route the manifest does not
 * mark public, throttling and JSON access logs on the default stage, and an alarm on the 5xx rate.
 */
export class ApiStack extends Stack {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly users: UserDirectory;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);

    this.users = new UserDirectory(this, 'Users', {
      webOrigins: props.webOrigins,
      domainPrefix: props.authDomainPrefix,
      sesMailDomain: props.cognitoMailDomain,
    });

    // The default stage is added by hand: the one CDK creates cannot carry throttling or access logs.
    this.httpApi = new HttpApi(this, 'HttpApi', { description: 'e-Kinerja Kendari API', createDefaultStage: false });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: THROTTLE,
      accessLogSettings: { destination: new LogGroupLogDestination(this.accessLogGroup()), format: accessLogFormat() },
    });

    const signedIn = new HttpJwtAuthorizer('CognitoJwt', this.users.issuerUrl, {
      jwtAudience: [this.users.webClient.userPoolClientId],
    });
    const ids = uniqueConstructIds(Object.keys(props.routes));
    for (const [key, spec] of Object.entries(props.routes)) {
      this.addRoute(ids.get(key)!, key, spec, props.resources, spec.access === 'public' ? undefined : signedIn);
    }

    this.addServerErrorAlarm(props.alarmAction);

    new CfnOutput(this, 'ApiUrl', { value: this.stage.url });
    new CfnOutput(this, 'UserPoolId', { value: this.users.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.users.webClient.userPoolClientId });
    new CfnOutput(this, 'SignInUrl', { value: this.users.domain.baseUrl() });
  }

  private addRoute(id: string, key: string, spec: RouteSpec, resources: AppResources, authorizer: IHttpRouteAuthorizer | undefined): void {
    const { method, path } = splitRouteKey(key);
    if (!(method in HttpMethod)) throw new Error(`Route "${key}": unknown HTTP method ${method}.`);
    const handler = functionFor(this, id, spec, 'http', resources);
    const [route] = this.httpApi.addRoutes({
      path,
      methods: [HttpMethod[method as keyof typeof HttpMethod]],
      integration: new HttpLambdaIntegration(`${id}Integration`, handler.function),
      authorizer: authorizer ?? new HttpNoneAuthorizer(),
    });
    if (!authorizer && route) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason: `The manifest marks ${key} public (${spec.summary}): anyone may call it without signing in.`,
      });
    }
  }

  private accessLogGroup(): LogGroup {
    return new LogGroup(this, 'AccessLogs', { retention: RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY });
  }

  /** A share of failed requests, not a count: a quiet night with one error is not an incident, a busy morning with 5% is. */
  private addServerErrorAlarm(alarmAction: IAlarmAction | undefined): void {
    const period = Duration.minutes(5);
    const alarm = new Alarm(this, 'ServerErrorRate', {
      alarmDescription: 'More than 5% of API requests ended in a 5xx for 10 of the last 15 minutes.',
      metric: new MathExpression({
        expression: 'IF(requests > 0, 100 * errors / requests, 0)',
        usingMetrics: {
          errors: this.httpApi.metricServerError({ period, statistic: 'Sum' }),
          requests: this.httpApi.metricCount({ period, statistic: 'Sum' }),
        },
        period,
        label: '5xx %',
      }),
      threshold: 5,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    if (alarmAction) alarm.addAlarmAction(alarmAction);
  }
}

/** One JSON line per request, with the authorizer's and the integration's own error text for the 401s and 5xxs. */
function accessLogFormat(): AccessLogFormat {
  return AccessLogFormat.custom(
    JSON.stringify({
      requestId: '$context.requestId',
      time: '$context.requestTime',
      ip: '$context.identity.sourceIp',
      userAgent: '$context.identity.userAgent',
      routeKey: '$context.routeKey',
      status: '$context.status',
      latencyMs: '$context.responseLatency',
      responseLength: '$context.responseLength',
      authorizerError: '$context.authorizer.error',
      integrationError: '$context.integrationErrorMessage',
    }),
  );
}
