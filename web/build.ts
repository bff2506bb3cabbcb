import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = dirname(fileURLToPath(import.meta.url));

/**
 * Builds the thin form into `outDir`: each `web/src/*.page.ts` bundled and minified by esbuild,
 * and the static files (`*.html`, `*.css`, `*.svg`) copied beside. Used by `npm start`, the browser
 * tests and the CDK web stack, so all three serve the same bytes.
 */
export async function buildWeb(outDir = join(webDir, 'dist')): Promise<string> {
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const entryPoints = readdirSync(join(webDir, 'src'))
    .filter((file) => file.endsWith('.page.ts'))
    .map((file) => join(webDir, 'src', file));
  await build({
    entryPoints,
    outdir: out,
    entryNames: '[name]',
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    sourcemap: false,
    logLevel: 'warning',
  });
  for (const file of readdirSync(webDir).filter((f) => /\.(html|css|svg|ico)$/.test(f))) {
    copyFileSync(join(webDir, file), join(out, file));
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildWeb(process.argv[2]);
  console.log(`web built into ${out}`);
}
