import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  UserPoolClient,
  UserPoolDomain,
  UserPoolEmail,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ROLES } from '#shared/domain/roles';

export interface UserDirectoryProps {
  /** Where the web form lives: the OAuth callback and sign-out URLs. */
  readonly webOrigins: readonly string[];
  /** The hosted sign-in page's `<prefix>.auth.<region>.amazoncognito.com` prefix; unique per region. */
  readonly domainPrefix: string;
  /**
   * Send invitations and password resets through SES from this verified domain instead of Cognito's built-in
   * sender, which stops at 50 emails a day: too few to onboard an OPD. Cognito refuses a domain SES has not
   * verified yet, so this is off until the DKIM records are published.
   */
  readonly sesMailDomain?: string;
}

/**
 * Who may sign in: a Cognito user pool of BKPSDM-registered employees (no self sign-up), whose ID tokens
 * carry `custom:nip` and `cognito:groups`, and the web form's public client (authorization code + PKCE).
 */
export class UserDirectory extends Construct {
  readonly userPool: UserPool;
  readonly webClient: UserPoolClient;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: UserDirectoryProps) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      // 18 digits (shared/domain/nip.ts). Mutable so BKPSDM can correct a typo; only admins can write it (see the client).
      customAttributes: { nip: new StringAttribute({ minLen: 18, maxLen: 18, mutable: true }) },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      email: props.sesMailDomain
        ? UserPoolEmail.withSES({
            fromEmail: `no-reply@${props.sesMailDomain}`,
            fromName: 'e-Kinerja BKPSDM Kota Kendari',
            sesVerifiedDomain: props.sesMailDomain,
          })
        : UserPoolEmail.withCognito(),
      // Plus tier: compromised-credential checks and adaptive authentication, which asks for MFA on risky sign-ins.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      // The pool holds every employee's account: never let a stack change delete it.
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'MFA is offered (TOTP) but not forced on every employee: many sign in from shared OPD computers without a phone of their own. ' +
        'Plus-tier threat protection (FULL_FUNCTION) requires MFA adaptively when a sign-in looks risky.',
    });

    for (const role of ROLES) {
      new UserPoolGroup(this, `Group-${role}`, { userPool: this.userPool, groupName: role });
    }

    this.domain = this.userPool.addDomain('HostedSignIn', { cognitoDomain: { domainPrefix: props.domainPrefix } });

    this.webClient = this.userPool.addClient('WebClient', {
      generateSecret: false,
      // Hosted sign-in with the authorization code grant only; PKCE is how a public client proves it started the flow.
      authFlows: {},
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: props.webOrigins.map((origin) => `${origin}/`),
        logoutUrls: props.webOrigins.map((origin) => `${origin}/`),
      },
      preventUserExistenceErrors: true,
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('nip'),
      // Left to the default, every employee could rewrite their own custom:nip and become someone else.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
      // About one working day, so a session left on a shared office computer does not last a month.
      refreshTokenValidity: Duration.hours(12),
    });
  }

  /** `<prefix>.auth.<region>.amazoncognito.com`: where the form sends people to sign in and exchanges the code. */
  get cognitoDomainName(): string {
    return `${this.domain.domainName}.auth.${Stack.of(this).region}.amazoncognito.com`;
  }

  /** The `iss` claim of this pool's tokens, which API Gateway checks; spelled out as CDK's own user pool authorizer does. */
  get issuerUrl(): string {
    return `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`;
  }
}
