/**
 * Benchmark: what a browser downloads for the first page of the web app. Builds it (unless --skip-build),
 * then sums the gzip sizes of the JS and CSS that apps/web/dist/index.html loads — its scripts, style
 * sheets and module preloads, plus whatever those chunks import statically — and lists the lazy chunks
 * that load later. Target: initial load < 400 kB gzip.
 *
 *   node --import tsx bench/bundle-size.ts [--skip-build]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { flagOption } from './lib/args.js';
import { printTable, REPO_ROOT, verdict, writeResults } from './lib/report.js';

const DIST = path.join(REPO_ROOT, 'apps/web/dist');
/** Kilobytes as Vite reports them (1 kB = 1000 bytes). */
const KB = 1000;
const TARGET_KB = 400;

function build(): void {
  const result = spawnSync('npm', ['run', 'build', '-w', '@chanjiao/web'], { cwd: REPO_ROOT, stdio: 'inherit', timeout: 600_000 });
  if (result.status !== 0) throw new Error(`npm run build -w @chanjiao/web failed (exit ${result.status ?? result.signal})`);
}

/** Asset paths (relative to dist) of the scripts, style sheets and preloads index.html references. */
function assetsOfHtml(html: string): string[] {
  const references = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"[^>]*>/g)].map((match) => match[0]);
  return references
    .filter((tag) => tag.startsWith('<script') || /rel="(stylesheet|modulepreload)"/.test(tag))
    .map((tag) => tag.match(/\b(?:src|href)="([^"]+)"/)![1]!)
    .filter((url) => !/^(https?:)?\/\//.test(url))
    .map((url) => url.replace(/^\//, '').split(/[?#]/)[0]!);
}

/** Chunks a JS chunk imports statically (`import … from "./x.js"`, `import "./x.js"`); dynamic `import()` is lazy. */
function staticImportsOf(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((match) => match[1]!);
}

/** The assets and every chunk they import statically, transitively. */
function withStaticImports(assets: string[]): Set<string> {
  const found = new Set<string>();
  const pending = [...assets];
  while (pending.length > 0) {
    const asset = pending.pop()!;
    if (found.has(asset)) continue;
    found.add(asset);
    if (!asset.endsWith('.js')) continue;
    const code = fs.readFileSync(path.join(DIST, asset), 'utf8');
    for (const imported of staticImportsOf(code)) pending.push(path.posix.join(path.posix.dirname(asset), imported));
  }
  return found;
}

function initialAssets(): Set<string> {
  return withStaticImports(assetsOfHtml(fs.readFileSync(path.join(DIST, 'index.html'), 'utf8')));
}

function sizes(asset: string) {
  const content = fs.readFileSync(path.join(DIST, asset));
  return { asset, rawKB: content.length / KB, gzipKB: zlib.gzipSync(content).length / KB };
}

function main() {
  if (!flagOption('skip-build')) build();
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html does not exist; build the web app first`);
  const initial = initialAssets();
  const code = (file: string) => /\.(js|css)$/.test(file);
  const all = fs
    .readdirSync(path.join(DIST, 'assets'))
    .filter(code)
    .map((file) => `assets/${file}`);
  const initialSizes = [...initial]
    .filter(code)
    .map(sizes)
    .sort((a, b) => b.gzipKB - a.gzipKB);
  const lazySizes = all
    .filter((asset) => !initial.has(asset))
    .map(sizes)
    .sort((a, b) => b.gzipKB - a.gzipKB);
  const row = (entry: ReturnType<typeof sizes>) => ({ asset: entry.asset, 'raw kB': entry.rawKB, 'gzip kB': entry.gzipKB });

  console.log('Initial load (index.html and its static imports):');
  printTable(initialSizes.map(row));
  const initialGzip = initialSizes.reduce((sum, entry) => sum + entry.gzipKB, 0);
  console.log(`Total initial: ${initialGzip.toFixed(1)} kB gzip (target < ${TARGET_KB} kB: ${verdict(initialGzip < TARGET_KB)})`);
  console.log(`\nLazy chunks (${lazySizes.length}), loaded when a page needs them:`);
  printTable(lazySizes.map(row));
  const lazyGzip = lazySizes.reduce((sum, entry) => sum + entry.gzipKB, 0);
  console.log(`Total lazy: ${lazyGzip.toFixed(1)} kB gzip`);

  // A visitor also downloads the chunk of the page they land on, with what it imports that is not loaded yet.
  const gzipOf = new Map([...initialSizes, ...lazySizes].map((entry) => [entry.asset, entry.gzipKB]));
  const landing = lazySizes
    .filter((entry) => /Page-[\w-]+\.js$/.test(entry.asset))
    .map((entry) => {
      const extra = [...withStaticImports([entry.asset])].filter((asset) => !initial.has(asset));
      return { page: entry.asset, 'extra gzip kB': extra.reduce((sum, asset) => sum + (gzipOf.get(asset) ?? 0), 0), chunks: extra.length };
    })
    .sort((a, b) => b['extra gzip kB'] - a['extra gzip kB']);
  console.log('\nLanding on a page adds (its chunk and the chunks it imports statically):');
  printTable(landing);
  console.log(
    `Results: ${writeResults('bundle-size', { initial: initialSizes, initialGzipKB: initialGzip, lazy: lazySizes, lazyGzipKB: lazyGzip, landing })}`,
  );
}

main();
