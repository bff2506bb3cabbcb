import { CfnOutput, Duration, Fn, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ViewerProtocolPolicy,
  type IResponseHeadersPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import { acknowledgeInternalFindings } from '../constructs/acknowledge-internal-findings.ts';
import { securityHeadersPolicy } from '../constructs/security-headers.ts';

export interface WebStackProps extends StackProps {
  /** `https://<id>.execute-api.<region>.amazonaws.com`, from the API stack. */
  readonly apiEndpoint: string;
  /** The folder `buildWeb()` produced: the form's HTML, CSS and bundled scripts. */
  readonly webAssetDir: string;
  /** What the form needs to start a sign-in (web/src/auth/cognito.ts), published beside it as `/config.json`. */
  readonly auth: { readonly cognitoDomain: string; readonly clientId: string };
  /** The form's public URL when it is not the distribution's own domain (a custom domain). */
  readonly webOrigin?: string;
}

/**
 * The form and the API behind one CloudFront origin: static files from a private bucket (origin access control),
 * `/api/*` passed uncached to the HTTP API, and security headers on every response.
 */
export class WebStack extends Stack {
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);

    const logs = this.logBucket();
    const site = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 's3-site/',
    });

    const headers = securityHeadersPolicy(this, 'SecurityHeaders', { cognitoDomain: props.auth.cognitoDomain });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'e-Kinerja Kendari',
      defaultRootObject: 'index.html',
      // Includes the Jakarta and Singapore edges that serve Sulawesi, without paying for South America.
      priceClass: PriceClass.PRICE_CLASS_200,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(site),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
      },
      additionalBehaviors: { '/api/*': this.apiBehavior(props.apiEndpoint, headers) },
    });
    this.acknowledgeDistributionFindings();
    const webOrigin = props.webOrigin ?? `https://${this.distribution.distributionDomainName}`;

    new BucketDeployment(this, 'Deploy', {
      sources: [
        Source.asset(props.webAssetDir),
        // redirectUri must equal a callback URL registered on the Cognito client, or the hosted sign-in refuses it.
        Source.jsonData('config.json', { ...props.auth, redirectUri: `${webOrigin}/` }),
      ],
      destinationBucket: site,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
      logGroup: new LogGroup(this, 'DeployLogs', { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY }),
    });

    this.acknowledgeDeploymentFindings();

    new CfnOutput(this, 'WebUrl', { value: webOrigin });
  }

  /** Same origin for form and API, so no CORS; nothing cached and every viewer header but Host forwarded (the JWT included). */
  private apiBehavior(apiEndpoint: string, headers: IResponseHeadersPolicy) {
    const apiDomain = Fn.select(2, Fn.split('/', apiEndpoint));
    return {
      origin: new HttpOrigin(apiDomain, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }),
      // Redirecting a POST to HTTPS would drop its body; refuse plain HTTP instead.
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: headers,
    };
  }

  /** One bucket for S3 server access logs and CloudFront standard logs, kept 90 days. */
  private logBucket(): Bucket {
    const logs = new Bucket(this, 'Logs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      // CloudFront standard logging still writes with an ACL, so the bucket must accept ACLs from it.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(logs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging its access into itself would log its own log writes forever.',
    });
    return logs;
  }

  /** The copy-to-bucket Lambda is CDK's own (a singleton per stack); its role and runtime are not ours to choose. */
  private acknowledgeDeploymentFindings(): void {
    const handler = this.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!handler) throw new Error('BucketDeployment handler not found: did aws-cdk-lib rename it?');
    acknowledgeInternalFindings(handler, {
      'AwsSolutions-IAM4':
        'CDK attaches AWSLambdaBasicExecutionRole to its BucketDeployment handler; it runs only during deployments and holds no app data.',
      'AwsSolutions-IAM5':
        'The wildcards are the S3 action families (GetObject*, List*, DeleteObject*, ...) CDK grants on the CDK asset bucket and on this ' +
        'site bucket only, which the handler needs to sync and prune the form, and the CloudFront invalidation CDK grants on "*"; ' +
        'it runs only during deployments.',
      'AwsSolutions-L1': 'The BucketDeployment handler runtime is pinned by aws-cdk-lib, which upgrades it with the library.',
    });
  }

  private acknowledgeDistributionFindings(): void {
    const distribution = this.distribution;
    Validations.of(distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The distribution uses the default *.cloudfront.net certificate, for which CloudFront fixes the viewer security policy. ' +
          'Attaching the city domain with an ACM certificate (TLSv1.2_2021) resolves this once the domain is delegated.',
      },
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'No geo restriction: employees sign in while travelling (training, study leave, hajj) and the transparency pages are meant for the public.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'No WAF yet: every non-public API route needs a Cognito JWT, the stage is throttled, and the static form has no server logic. ' +
          'Revisit if the public transparency endpoints attract abuse.',
      },
    );
  }
}
