import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Manifest handler paths are relative to the repository root, wherever the CDK CLI was started from. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
