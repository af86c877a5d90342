// Frontend build for pattoo: bundles third-party UI code into dist/.
// Usage: npm run build            (production, minified)
//        SOURCEMAP=1 npm run build (adds linked .map files)
import * as esbuild from 'esbuild';
import { rm, mkdir, copyFile, stat, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

const OUT = 'dist';
const sourcemap = process.env.SOURCEMAP ? 'linked' : false;

const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  platform: 'browser',
  sourcemap,
  legalComments: 'external', // license headers go to *.LEGAL.txt next to the bundle
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

await rm(OUT, { recursive: true, force: true });
await mkdir(join(OUT, 'explorer'), { recursive: true });
await mkdir(join(OUT, 'vendor'), { recursive: true });

await Promise.all([
  // GraphiQL page: explorer.js + explorer.css (CSS imported from JS is emitted beside it)
  esbuild.build({
    ...common,
    entryPoints: { explorer: 'src/explorer.js' },
    outdir: join(OUT, 'explorer'),
    // CSS url() assets are data: URIs in graphiql's CSS; anything else is copied beside it
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
    assetNames: 'assets/[name]-[hash]',
  }),
  // uPlot as an ES module: import uPlot from '<ctx>/vendor/uplot.js'
  esbuild.build({
    ...common,
    entryPoints: { uplot: 'uplot' },
    outdir: join(OUT, 'vendor'),
  }),
]);

await copyFile('node_modules/uplot/dist/uPlot.min.css', join(OUT, 'vendor', 'uplot.css'));
await copyFile('src/explorer.html', join(OUT, 'explorer', 'index.html'));

// Report sizes (raw and gzip)
const { gzipSync } = await import('node:zlib');
const { readFile } = await import('node:fs/promises');
async function walk(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}
for (const f of (await walk(OUT)).sort()) {
  const size = (await stat(f)).size;
  const gz = gzipSync(await readFile(f)).length;
  console.log(`${relative(OUT, f).padEnd(36)} ${(size / 1024).toFixed(1).padStart(8)} KiB  gzip ${(gz / 1024).toFixed(1).padStart(7)} KiB`);
}
