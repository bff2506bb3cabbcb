import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from './build-app.ts';

// CDK's built-in CloudFormation schema check costs seconds per synth and only ever warns; `cdk synth` still runs it.
process.env.CDK_VALIDATION = 'false';

/** The app as `cdk synth` builds it: AwsSolutionsChecks registered through the v3 Validations API. */
function synthesizedApp(): App {
  const { app } = buildApp({
    webAssetDir: mkdtempSync(join(tmpdir(), 'ekinerja-web-test-')),
    bundling: false,
    context: { webOrigin: 'https://d111111abcdef8.cloudfront.net' },
  });
  // Throws ValidationFailed, with the findings printed, if the registered pack reports an unacknowledged error.
  app.synth();
  return app;
}

interface Acknowledgement {
  readonly path: string;
  readonly id: string;
  readonly reason: string;
}

function acknowledgementsIn(root: IConstruct): Acknowledgement[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
      .map(([id, reason]) => ({ path: construct.node.path, id, reason })),
  );
}

const app = synthesizedApp();

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing unacknowledged in any stack', () => {
    const { violations } = new AwsSolutionsChecks().validateScope(app);
    const findings = violations.map((v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);
    expect(findings).toEqual([]);
  });

  it('acknowledges every finding with a reason a reviewer can check', () => {
    const acknowledgements = acknowledgementsIn(app);
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const { path, id, reason } of acknowledgements) {
      expect(reason.trim().length, `${path} ${id}`).toBeGreaterThanOrEqual(60);
      expect(reason, `${path} ${id}`).not.toMatch(/^(todo|tbd|n\/?a|ok|fine|suppress(ed)?|not needed)\b/i);
    }
  });
});
