import { Duration } from 'aws-cdk-lib';
import { HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';

export interface SecurityHeadersProps {
  /** The Cognito hosted sign-in domain: the form exchanges its authorization code there, so it must be reachable. */
  readonly cognitoDomain: string;
}

/**
 * Headers that make the browser refuse what the form never does: load anything from elsewhere, be framed,
 * guess content types, or fall back to HTTP. The only other origin is our own Cognito domain, for the token exchange.
 */
export function securityHeadersPolicy(scope: Construct, id: string, props: SecurityHeadersProps): ResponseHeadersPolicy {
  const contentSecurityPolicy = formContentSecurityPolicy(props.cognitoDomain);
  return new ResponseHeadersPolicy(scope, id, {
    comment: 'e-Kinerja: CSP, HSTS, no framing, no sniffing',
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy, override: true },
      strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      contentTypeOptions: { override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.SAME_ORIGIN, override: true },
    },
    customHeadersBehavior: {
      customHeaders: [{ header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()', override: true }],
    },
  });
}

/** The form's CSP as CloudFront sends it; the Cognito browser test serves the form under exactly this policy. */
export function formContentSecurityPolicy(cognitoDomain: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' https://${cognitoDomain}`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}
