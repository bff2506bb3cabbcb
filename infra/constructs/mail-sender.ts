import { Stack } from 'aws-cdk-lib';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { ConfigurationSet, EmailIdentity, Identity } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

export interface MailSenderProps {
  /** The domain mail is sent from; its DKIM records must be published before SES will send. */
  readonly domain: string;
}

/**
 * The app's one way out by email: a verified SES domain identity with a configuration set as its default,
 * and a grant that lets a function send as that identity and nothing else.
 */
export class MailSender extends Construct {
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  readonly mailFrom: string;

  constructor(scope: Construct, id: string, props: MailSenderProps) {
    super(scope, id);
    // Reputation metrics show bounces and complaints per send path, before SES pauses the account for them.
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', { reputationMetrics: true });
    this.identity = new EmailIdentity(this, 'Identity', {
      identity: Identity.domain(props.domain),
      configurationSet: this.configurationSet,
    });
    this.mailFrom = `e-Kinerja BKPSDM Kota Kendari <no-reply@${props.domain}>`;
  }

  /** SES authorizes a send against the identity and, when one applies, the configuration set: grant both, nothing wider. */
  grantSend(grantee: IGrantable): void {
    const stack = Stack.of(this);
    const configurationSetArn = stack.formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [this.identity.emailIdentityArn, configurationSetArn],
      }),
    );
  }
}
