// npm run audit: Lighthouse (mobile) and axe-core on every page type of the built site, served with
// its own security headers, in Debian's Chromium. Lighthouse is fetched by npx on first use rather
// than installed with the project (it is large and only this script needs it).
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, launchChromium } from './lib/browser.ts';
import { serveDist } from './lib/serve.ts';

const PAGES = [
	['home', '/'],
	['plan list', '/plans/'],
	['plan', '/plans/changle-weifang/'],
	['indicator', '/plans/changle-weifang/indicators/infant-mortality/'],
	['comparison', '/indicators/infant-mortality/'],
	['search', '/search/?q=%E5%A9%B4%E5%84%BF%E6%AD%BB%E4%BA%A1%E7%8E%87'],
	['projects', '/projects/'],
	['data', '/data/'],
	['home (en)', '/en/'],
	['plan (en)', '/en/plans/changle-weifang/'],
] as const;
const LIGHTHOUSE = 'lighthouse@13.5.0';

if (!existsSync('dist/index.html')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
const { url, close } = await serveDist('dist');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = await launchChromium();
const rows: string[][] = [['page', 'performance', 'accessibility', 'best practices', 'SEO', 'axe violations']];
const findings: string[] = [];
const skipLighthouse = process.argv.includes('--axe-only');
try {
	for (const [name, path] of PAGES) {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(new URL(path, url).href);
		if (path.startsWith('/search/')) await page.locator('#search-results li').first().waitFor();
		await page.evaluate(axeSource);
		const axe = (await page.evaluate(() => (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run())) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
		for (const v of axe.violations) findings.push(`${name}: axe ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
		await page.close();
		let scores = ['-', '-', '-', '-'];
		if (!skipLighthouse) {
			const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json');
			// Asynchronous: the site is served from this process, which must keep answering meanwhile.
			// Lighthouse's trace sometimes fails (NO_NAVSTART); one retry, then the page is reported as an error.
			const lighthouse = () => promisify(execFile)('npx', ['-y', LIGHTHOUSE, new URL(path, url).href, '--quiet', '--output=json', `--output-path=${out}`, '--form-factor=mobile', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync'], { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 });
			try {
				await lighthouse().catch(lighthouse);
			} catch (error) {
				findings.push(`${name}: lighthouse failed — ${String((error as { stderr?: string }).stderr ?? error).trim().split('\n').at(-1)}`);
				rows.push([name, 'error', 'error', 'error', 'error', String(axe.violations.length)]);
				continue;
			}
			const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number | null }>; audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }> };
			scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((c) => String(Math.round((report.categories[c]?.score ?? 0) * 100)));
			for (const [id, audit] of Object.entries(report.audits)) {
				if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') findings.push(`${name}: lighthouse ${id} — ${audit.title}`);
			}
		}
		rows.push([name, ...scores, String(axe.violations.length)]);
	}
} finally {
	await browser.close();
	close();
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
console.log(findings.length ? `\n${findings.join('\n')}` : '\nno failing audits');
