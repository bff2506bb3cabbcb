import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWeb } from '../web/build.ts';
import { buildApp } from './build-app.ts';

// The form is built fresh on every synth, so what CloudFront serves is always what this checkout contains.
const webAssetDir = await buildWeb(mkdtempSync(join(tmpdir(), 'ekinerja-web-')));
try {
  buildApp({ webAssetDir }).app.synth();
} finally {
  // Synthesis has copied the form into cdk.out as an asset; the build folder is no longer needed.
  rmSync(webAssetDir, { recursive: true, force: true });
}
