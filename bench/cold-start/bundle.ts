import { build, type BuildOptions, type Metafile } from 'esbuild';
import { statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '../..');

export interface Bundle {
  readonly file: string;
  readonly bytes: number;
  /** The biggest contributors to the bundle, by package (or "app" for this repository's own code). */
  readonly topInputs: { readonly name: string; readonly bytes: number }[];
}

/**
 * The way infra/constructs/app-function.ts has NodejsFunction bundle (esbuild from node_modules): ESM, minified,
 * platform node, target node24 (the construct's runtime), main fields module then main, the createRequire banner,
 * external source map without sources, and the AWS SDK left out because the runtime ships it.
 */
export const CDK_LIKE_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  external: ['@aws-sdk/*'],
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  absWorkingDir: REPO_ROOT,
  metafile: true,
  logLevel: 'error',
} as const satisfies BuildOptions;

/** Bundles one entry as CDK does. The bundle's size is the .mjs alone, as in the zip. */
export async function bundleLikeCdk(entry: string, outDir: string): Promise<Bundle> {
  const outfile = join(outDir, 'index.mjs');
  const result = await build({ ...CDK_LIKE_OPTIONS, entryPoints: [entry], outfile });
  return { file: outfile, bytes: statSync(outfile).size, topInputs: topInputs(result.metafile, outfile) };
}

/** The biggest contributors to one output of a build, by package. */
export function topInputs(metafile: Metafile, outfile: string): { name: string; bytes: number }[] {
  const output = metafile.outputs[relative(REPO_ROOT, outfile)];
  const byPackage = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'app';
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
  return [...byPackage]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 4);
}
