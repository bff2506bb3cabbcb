import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/** Rule id (`AwsSolutions-IAM5`) → why every finding of that rule on the construct is acceptable. */
export type ReasonsByRule = Readonly<Record<string, string>>;

/**
 * For constructs CDK builds for us (a BucketDeployment's handler), whose findings we cannot change.
 * cdk-nag v3 acknowledges a finding only by its exact id, e.g. `AwsSolutions-IAM5[Resource::arn:…-<account>-<region>/*]`,
 * and those ids embed logical ids, the account and the region, which exist only once the app is prepared.
 * So the findings are listed at validation time (after prepare, before cdk-nag runs as a plugin) and each one
 * whose rule has a written reason is acknowledged with it. Rules without a reason still fail.
 */
export function acknowledgeInternalFindings(target: IConstruct, reasons: ReasonsByRule): void {
  target.node.addValidation({
    validate: () => {
      for (const violation of new AwsSolutionsChecks().validateScope(target).violations) {
        const rule = violation.ruleName.replace(/\[.*\]$/, '');
        const reason = reasons[rule];
        if (reason) Validations.of(target).acknowledge({ id: violation.ruleName, reason });
      }
      return [];
    },
  });
}
