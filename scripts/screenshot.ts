// Screenshots of built pages in Debian's Chromium, to look at what people see: `npx node scripts/screenshot.ts /path/ …`
import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/browser.ts';
import { serveDist } from './lib/serve.ts';

const out = process.env.SHOT_DIR ?? 'tests/e2e/screenshots';
mkdirSync(out, { recursive: true });
const { url, close } = await serveDist(process.env.SHOT_DIST ?? 'dist');
const browser = await launchChromium();
const width = Number(process.env.SHOT_WIDTH ?? 1280);
const page = await browser.newPage({ viewport: { width, height: 900 } });
for (const path of process.argv.slice(2)) {
	await page.goto(new URL(path, url).href);
	const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}.png`;
	const y = Number(process.env.SHOT_Y ?? 0);
	const h = Number(process.env.SHOT_H ?? 0);
	await page.screenshot({ path: file, fullPage: process.env.SHOT_FULL === '1' || h > 0, clip: h > 0 ? { x: 0, y, width, height: h } : undefined });
	console.log(file);
}
await browser.close();
close();
