import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { buildWeb } from '../../web/build.ts';
import { kb, type Row } from '../lib/table.ts';

/**
 * A first-load budget for a form used on mid-range phones over Indonesian mobile networks. Bytes are
 * deterministic, so they are judged against a fixed budget rather than a baseline timed in the same run.
 */
const BUDGET_GZIP = 100 * 1024;

export interface WebFigures {
  readonly files: { file: string; bytes: number; gzip: number; brotli: number }[];
  readonly firstLoad: { bytes: number; gzip: number; brotli: number };
  /** Scripts built but fetched only when a screen needs them (dynamic import). */
  readonly lazyGzip: number;
}

/**
 * What a browser fetches to show the form the first time: index.html, the stylesheets and module scripts
 * it links, and every script those import statically (not the dynamic `import()` of lazy screens).
 * Built by web/build.ts into a temporary directory, compressed as CloudFront would serve it.
 */
export async function benchWeb(): Promise<{ rows: Row[]; figures: WebFigures }> {
  const out = mkdtempSync(join(tmpdir(), 'bench-web-'));
  try {
    await buildWeb(out);
    const firstLoad = firstLoadFiles(out);
    const files = firstLoad.map((file) => {
      const content = readFileSync(join(out, file));
      return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length, brotli: brotliCompressSync(content).length };
    });
    const sum = (key: 'bytes' | 'gzip' | 'brotli') => files.reduce((total, f) => total + f[key], 0);
    const lazy = allFiles(out).filter((file) => file.endsWith('.js') && !firstLoad.includes(file));
    const figures: WebFigures = {
      files,
      firstLoad: { bytes: sum('bytes'), gzip: sum('gzip'), brotli: sum('brotli') },
      lazyGzip: lazy.reduce((total, file) => total + gzipSync(readFileSync(join(out, file)), { level: 9 }).length, 0),
    };
    return { rows: rows(figures), figures };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function rows(f: WebFigures): Row[] {
  const section = '5 web';
  const js = f.files.filter((file) => file.file.endsWith('.js'));
  return [
    { section, metric: `first load, gzip (${f.files.length} files: html+css+js)`, value: kb(f.firstLoad.gzip), baseline: `${kb(f.firstLoad.bytes)} raw`, target: `≤ ${kb(BUDGET_GZIP)}`, over: f.firstLoad.gzip > BUDGET_GZIP },
    { section, metric: 'first load, brotli', value: kb(f.firstLoad.brotli) },
    { section, metric: 'of which JavaScript, gzip', value: kb(js.reduce((total, file) => total + file.gzip, 0)) },
    { section, metric: 'lazy screens (not on first load), gzip', value: kb(f.lazyGzip) },
  ];
}

function firstLoadFiles(root: string): string[] {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const linked = [
    ...[...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!),
  ];
  const seen = new Set<string>(['index.html']);
  const queue = linked.map((href) => normalize(href.replace(/^\.?\//, '')));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(join(root, file))) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`); `import("./x.js")` loads later.
    const code = readFileSync(join(root, file), 'utf8');
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.js)["']/g)) {
      queue.push(normalize(join(file, '..', match[1]!)));
    }
  }
  return [...seen];
}

function allFiles(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(root, join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
