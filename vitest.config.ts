import { defineConfig } from 'vitest/config';

/**
 * Four projects, one run. DynamoDB Local and the SES stand-in start ONCE for the whole run
 * (test/global-setup.ts); each integration or browser test file gets its own fresh table.
 */
// Node 20 is what this machine has; Lambda runs a newer runtime. The SDK's reminder adds nothing to test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    env: { POWERTOOLS_LOG_LEVEL: 'SILENT', AWS_REGION: 'ap-southeast-3', TZ: 'UTC' },
    exclude: ['**/node_modules/**', '**/cdk.out/**', '**/.data/**'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['{shared,events,functions,web}/**/*.test.ts'], exclude: ['**/*.int.test.ts', '**/*.browser.test.ts', '**/node_modules/**'] },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['**/*.int.test.ts'], exclude: ['**/node_modules/**'], setupFiles: ['test/integration-setup.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: 'infra', include: ['infra/**/*.test.ts'], exclude: ['**/*.int.test.ts', '**/node_modules/**'], testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['web/**/*.browser.test.ts'],
          setupFiles: ['test/integration-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // Several Chromiums share two cores in the full run: a screen may take seconds to appear. The default 1 s
          // poll failed "the team list shows 2 people" there while it passes alone; waiting longer asserts the same.
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
    ],
  },
});
