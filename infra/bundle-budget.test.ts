import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CDK_LIKE_OPTIONS, REPO_ROOT, topInputs } from '../bench/cold-start/bundle.ts';
import { TARGET_BYTES } from '../bench/sections/cold-start.ts';
import { EVENT_RULES, ROUTES, SCHEDULES } from '#shared/manifest';

/** They attach the piagam to award notices, so they carry pdf-lib, its standard fonts and pako (~400 KB). */
const RENDERS_PDF = ['functions/consumers/create-notices.ts', 'functions/jobs/send-notices.ts'];

const handlers = [...new Set([...Object.values(ROUTES), ...Object.values(SCHEDULES), ...Object.values(EVENT_RULES)].map((spec) => spec.handler))];

/**
 * Every manifest function bundled as CDK bundles it (the bench's cold-start section judges the same bytes): a route
 * that imports one module too many (a service beside the notice drain, a classic `zod` import) gains tens or hundreds
 * of KB without any test noticing. One esbuild run for all of them, nothing written to disk.
 */
async function bundleAll() {
  const outdir = mkdtempSync(join(tmpdir(), 'ekinerja-bundles-'));
  const result = await build({ ...CDK_LIKE_OPTIONS, entryPoints: handlers.map((handler) => join(REPO_ROOT, handler)), outdir, outbase: REPO_ROOT, outExtension: { '.js': '.mjs' }, write: false });
  return new Map(
    result.outputFiles
      .filter((file) => file.path.endsWith('.mjs'))
      .map((file) => {
        const output = result.metafile.outputs[relative(REPO_ROOT, file.path)]!;
        const inputs = Object.keys(output.inputs);
        return [output.entryPoint!, { bytes: file.contents.length, inputs, top: topInputs(result.metafile, file.path) }] as const;
      }),
  );
}

describe('function bundles', () => {
  let bundles: Awaited<ReturnType<typeof bundleAll>>;
  beforeAll(async () => {
    bundles = await bundleAll();
  }, 60_000);

  it('are built for every function in the manifest', () => {
    expect([...bundles.keys()].sort()).toEqual([...handlers].sort());
  });

  it.each(handlers.filter((handler) => !RENDERS_PDF.includes(handler)))(`%s stays within ${TARGET_BYTES / 1024} KB`, (handler) => {
    const bundle = bundles.get(handler)!;
    const top = bundle.top.map((input) => `${input.name} ${(input.bytes / 1024).toFixed(1)} KB`).join(', ');
    expect(bundle.bytes, `${(bundle.bytes / 1024).toFixed(1)} KB: ${top}`).toBeLessThanOrEqual(TARGET_BYTES);
  });

  it('carry pdf-lib only where a piagam is rendered', () => {
    const withPdf = handlers.filter((handler) => bundles.get(handler)!.inputs.some((input) => input.includes('node_modules/pdf-lib/')));
    expect(withPdf.sort()).toEqual([...RENDERS_PDF].sort());
  });

  it("use zod's tree-shakeable mini API: one classic `import * as z from 'zod'` brings back ~60 KB to every function", () => {
    const classic = handlers.filter((handler) => bundles.get(handler)!.inputs.some((input) => input.includes('node_modules/zod/v4/classic/')));
    expect(classic).toEqual([]);
  });
});
