/**
 * npm run icons — the web app manifest's PNG icons, drawn from app/icon.svg (the favicon) with sharp:
 * 192 and 512 px, plus a maskable 512 px with the safe-zone padding Android's launchers crop to.
 * The PNGs are committed (public/icons/), so a build never depends on the fonts of the machine; rerun
 * after editing the SVG. Its one glyph needs a CJK font here (fonts-wqy-microhei, as for the e2e suite).
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const svg = fs.readFileSync(path.join('app', 'icon.svg'));
const dir = path.join('public', 'icons');
fs.mkdirSync(dir, { recursive: true });

async function main() {
  for (const size of [192, 512]) {
    await sharp(svg, { density: (72 * size) / 32 })
      .resize(size, size)
      .png()
      .toFile(path.join(dir, `icon-${size}.png`));
  }
  // Maskable: the icon at 80 % on its own red, so a circular or squircle crop never cuts the glyph.
  const inner = await sharp(svg, { density: (72 * 410) / 32 })
    .resize(410, 410)
    .png()
    .toBuffer();
  await sharp({ create: { width: 512, height: 512, channels: 4, background: '#9b2c1f' } })
    .composite([{ input: inner, gravity: 'centre' }])
    .png()
    .toFile(path.join(dir, 'maskable-512.png'));
  console.log(`icons: ${fs.readdirSync(dir).join(', ')} → ${dir}/`);
}

main().catch((error) => {
  console.error(`icons failed: ${(error as Error).message}`);
  process.exit(1);
});
