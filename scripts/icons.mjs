#!/usr/bin/env node
// Regenerates the toolbar/store icons from assets/icon.svg with ImageMagick (`convert`):
// public/icon/<size>.png (WXT puts them in the manifest) and a grey inactive set in
// public/icon-inactive/<size>.png for tabs where Kiji has nothing to offer. The PNGs are committed,
// so building never needs ImageMagick; run `node scripts/icons.mjs` after editing the SVG.
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, ROOT } from './lib/run.mjs';

const SIZES = [16, 32, 48, 96, 128];
/** Rendered at 4× the largest size first, so small sizes are downsampled rather than rasterised tiny. */
const DENSITY = 384;
/** Inactive = the same mark in greys; colours replaced one for one. */
const INACTIVE_COLOURS = { '#1f4e79': '#7d848c', '#e4572e': '#b3b8bd', '#b7cde3': '#d5d8db' };

const source = path.join(ROOT, 'assets/icon.svg');
const svg = readFileSync(source, 'utf8');
const inactiveSvg = Object.entries(INACTIVE_COLOURS).reduce((s, [from, to]) => s.replaceAll(from, to), svg);
const tmp = path.join(os.tmpdir(), 'kiji-icon-inactive.svg');
writeFileSync(tmp, inactiveSvg);

for (const [svgFile, folder] of [[source, 'public/icon'], [tmp, 'public/icon-inactive']]) {
  mkdirSync(path.join(ROOT, folder), { recursive: true });
  for (const size of SIZES) {
    const out = path.join(ROOT, folder, `${size}.png`);
    const code = await run('convert', ['-background', 'none', '-density', String(DENSITY), svgFile, '-resize', `${size}x${size}`, '-strip', `PNG32:${out}`]);
    if (code !== 0) throw new Error(`convert failed for ${out} (is ImageMagick installed?)`);
  }
}
rmSync(tmp, { force: true });
console.log(`icons: ${SIZES.join(', ')} px in public/icon/ and public/icon-inactive/`);
