// What a search costs a reader: index size on disk, bytes fetched and time to first results for
// one query on a cold page (fresh browser context, nothing cached), in Debian's Chromium.
// `npx node scripts/search-measure.ts [dist] [query …]` (after `npm run build`).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { launchChromium } from './lib/browser.ts';
import { serveDist } from './lib/serve.ts';

const [dist = 'dist', ...asked] = process.argv.slice(2);
const queries = asked.length ? asked : ['婴儿死亡率', '医共体', '胸痛中心', '家庭医生签约', '健康'];
const size = (dir: string): number => readdirSync(dir).reduce((n, f) => n + (statSync(join(dir, f)).isDirectory() ? size(join(dir, f)) : statSync(join(dir, f)).size), 0);
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

const pf = join(dist, 'pagefind');
const data = ['index', 'fragment', 'filter'].reduce((n, d) => n + size(join(pf, d)), 0);
console.log(`index on disk: ${kib(size(pf))} in ${dist}/pagefind (search data — index, fragments, filters — ${kib(data)}; the rest is Pagefind's own UI bundles, never fetched)`);

const { url, close } = await serveDist(dist);
const browser = await launchChromium();
for (const q of queries) {
	const context = await browser.newContext();
	const fetched: { url: string; bytes: number; gzip: number }[] = [];
	// Context-level: Pagefind fetches its index from a worker, which the page's performance entries do not see.
	context.on('requestfinished', async (request) => {
		const sizes = await request.sizes();
		const path = new URL(request.url()).pathname;
		// Text files as a host would send them (gzip); Pagefind's own files are already compressed.
		const gzip = /\.(js|css|html)$/.test(path) || path.endsWith('/') ? gzipSync(readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path))).length : sizes.responseBodySize;
		fetched.push({ url: path, bytes: sizes.responseBodySize, gzip });
	});
	const page = await context.newPage();
	const started = performance.now();
	await page.goto(new URL(`/search/?q=${encodeURIComponent(q)}`, url).href);
	await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
	const ms = Math.round(performance.now() - started);
	await page.waitForTimeout(300);
	const status = await page.locator('#search-status').textContent();
	const of = (re: RegExp) => fetched.filter((r) => re.test(r.url));
	const sum = (rs: { bytes: number }[]) => rs.reduce((n, r) => n + r.bytes, 0);
	const gz = (rs: { gzip: number }[]) => rs.reduce((n, r) => n + r.gzip, 0);
	const engine = of(/^\/pagefind\//);
	console.log(
		`${q}: ${status} first results ${ms} ms; /pagefind/ ${kib(sum(engine))} raw, ${kib(gz(engine))} as served gzipped, ${engine.length} requests — ` +
			`engine ${kib(gz(of(/pagefind.*\.js$|\.pagefind$/)))}, meta ${kib(sum(of(/pf_meta$/)))}, index ${kib(sum(of(/pf_index$/)))} (${of(/pf_index$/).length} chunks), filters ${kib(sum(of(/pf_filter$/)))}, fragments ${kib(sum(of(/pf_fragment$/)))} (${of(/pf_fragment$/).length}); ` +
			`whole page ${kib(gz(fetched))} gzipped`,
	);
	await context.close();
}
await browser.close();
close();
