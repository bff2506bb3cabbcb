import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = dirname(fileURLToPath(import.meta.url));

/** Where esbuild puts the screens loaded on demand (`import()`), content-hashed so a cached page never mixes versions. */
export const CHUNK_DIR = 'chunks';

/**
 * Builds the thin form into `outDir`: each `web/src/*.page.ts` bundled and minified by esbuild, with the
 * screens it imports dynamically split into `chunks/` (fetched when first opened, so the first load stays small),
 * and the static files (`*.html`, `*.css`, `*.svg`) copied beside. Used by `npm start`, the browser
 * tests and the CDK web stack, so all three serve the same bytes.
 */
export async function buildWeb(outDir = join(webDir, 'dist')): Promise<string> {
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  rmSync(join(out, CHUNK_DIR), { recursive: true, force: true });
  const entryPoints = readdirSync(join(webDir, 'src'))
    .filter((file) => file.endsWith('.page.ts'))
    .map((file) => join(webDir, 'src', file));
  await build({
    entryPoints,
    outdir: out,
    entryNames: '[name]',
    chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
    splitting: true,
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
