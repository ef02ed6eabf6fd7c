// The search part of `npm run bench`: for a built site, how long a reader waits for the first
// results and how many bytes the browser fetched by then, on a cold page (fresh browser context,
// nothing cached), in Debian's Chromium. Bytes are counted as a host sends them: text files
// (HTML, CSS, JS, JSON) gzipped, the index files as they are (already gzipped).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../lib/browser.ts';
import { serveDist } from '../lib/serve.ts';

/** The queries of the table: the commonest words of the corpus, rare ones, several words, a sign with a number, a traditional-script variant. */
export const SEARCH_QUERIES: { kind: string; q: string }[] = [
	{ kind: 'common', q: '健康' },
	{ kind: 'common', q: '医疗' },
	{ kind: 'common (1 char)', q: '卫' },
	{ kind: 'rare', q: '负压救护车' },
	{ kind: 'rare', q: '胸痛中心' },
	{ kind: 'multi-word', q: '婴儿死亡率 孕产妇死亡率' },
	{ kind: 'multi-word', q: '医疗 服务 能力' },
	{ kind: 'sign', q: '≥90%' },
	{ kind: 'traditional', q: '醫療機構' },
];

/** Network profiles (Chromium's throttling, CDP Network.emulateNetworkConditions): round trip and bandwidth. */
export const NETWORKS: Record<string, { latency: number; down: number; up: number } | null> = {
	none: null,
	'slow 4G': { latency: 150, down: 1.6e6, up: 750e3 },
	'slow 3G': { latency: 400, down: 400e3, up: 400e3 },
};

/** One measured query. */
export interface SearchRow {
	n: number;
	network: string;
	/** Time from navigation start until the status gives the counts (or says nothing was found). */
	settledMs: number;
	/** Requests made by the first result. */
	firstRequests: number;
	kind: string;
	q: string;
	/** Time from navigation start to the first result on screen (or the "nothing found" message). */
	firstMs: number;
	/** Bytes fetched by then (everything the page loaded, as served), KiB. */
	firstKiB: number;
	/** Bytes fetched once the page settled (counts complete), KiB. */
	allKiB: number;
	results: string;
}

/** How long a query may take before the table says it did not answer. */
const TIMEOUT = 120_000;

const isText = (path: string) => /\.(js|css|html|json|svg)$/.test(path) || path.endsWith('/');

/** Size on disk of a directory, bytes. */
export function dirBytes(dir: string): number {
	return readdirSync(dir).reduce((n, f) => n + (statSync(join(dir, f)).isDirectory() ? dirBytes(join(dir, f)) : statSync(join(dir, f)).size), 0);
}

/** Measures every query of {@link SEARCH_QUERIES} on the built site in `dist` (N plans), cold. */
export async function benchSearch(dist: string, n: number, queries = SEARCH_QUERIES, networks: string[] = ['none']): Promise<SearchRow[]> {
	const { url, close } = await serveDist(dist);
	const browser = await launchChromium();
	const rows: SearchRow[] = [];
	try {
		// Start the browser's own processes once, so the first row does not pay for them.
		const warm = await browser.newPage();
		await warm.goto(new URL('/search/', url).href);
		await warm.close();
		for (const network of networks)
		for (const { kind, q } of queries) {
			const context = await browser.newContext();
			const finished: { at: number; path: string; bytes: number; kept: Promise<boolean> }[] = [];
			let started = 0;
			// Context-level, so requests from workers count too.
			context.on('requestfinished', (request) => {
				// When it finished (the response's headers are read later, they may come after the first result is measured).
				const at = performance.now() - started;
				const path = new URL(request.url()).pathname;
				const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
				let bytes = 0;
				try {
					const raw = readFileSync(file);
					bytes = isText(path) ? gzipSync(raw).length : raw.length;
				} catch {
					bytes = 0;
				}
				const kept = request.response().then((response) => /max-age=[1-9]/.test(response?.headers()['cache-control'] ?? ''), () => false);
				finished.push({ at, path, bytes, kept });
			});
			/**
			 * The requests finished so far as bytes over the network: a file the host lets the browser keep
			 * (Cache-Control max-age) is fetched once per context; another request for it (a second asker
			 * waits for the first download, then reads the cache) costs no bytes.
			 */
			const onNetwork = async (): Promise<{ at: number; bytes: number }[]> => {
				const seen = new Set<string>();
				const out: { at: number; bytes: number }[] = [];
				for (const f of [...finished].sort((a, b) => a.at - b.at)) {
					if (seen.has(f.path)) continue;
					if (await f.kept) seen.add(f.path);
					out.push({ at: f.at, bytes: f.bytes });
				}
				return out;
			};
			const page = await context.newPage();
			const conditions = NETWORKS[network];
			if (conditions) {
				const cdp = await context.newCDPSession(page);
				await cdp.send('Network.enable');
				await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: conditions.latency, downloadThroughput: conditions.down / 8, uploadThroughput: conditions.up / 8 });
			}
			started = performance.now();
			try {
				await page.goto(new URL(`/search/?q=${encodeURIComponent(q)}`, url).href, { waitUntil: 'commit' });
				await page.waitForFunction(() => document.querySelector('#search-results li') || /没有找到|只有符号/.test(document.querySelector('#search-status')?.textContent ?? ''), null, { timeout: TIMEOUT, polling: 'raf' });
				const firstMs = performance.now() - started;
				let fetched = await onNetwork();
				const firstBytes = fetched.filter((f) => f.at <= firstMs).reduce((s, f) => s + f.bytes, 0);
				const firstRequests = fetched.filter((f) => f.at <= firstMs).length;
				// Settled: the status no longer says it is still counting.
				await page.waitForFunction(() => document.querySelector('#search-status')?.getAttribute('aria-busy') !== 'true', null, { timeout: TIMEOUT });
				const settledMs = performance.now() - started;
				await page.waitForTimeout(200);
				fetched = await onNetwork();
				const allBytes = fetched.reduce((s, f) => s + f.bytes, 0);
				const status = (await page.locator('#search-status').textContent()) ?? '';
				rows.push({ n, network, settledMs: Math.round(settledMs), firstRequests, kind, q, firstMs: Math.round(firstMs), firstKiB: firstBytes / 1024, allKiB: allBytes / 1024, results: status.replace(/\s+/g, ' ').slice(0, 60) });
			} catch {
				// A query that has not answered within the limit is a result too.
				const fetched = await onNetwork();
				const bytes = fetched.reduce((s, f) => s + f.bytes, 0) / 1024;
				rows.push({ n, network, settledMs: Number.NaN, firstRequests: fetched.length, kind, q, firstMs: Number.NaN, firstKiB: bytes, allKiB: bytes, results: `no answer within ${TIMEOUT / 1000} s` });
			}
			await context.close();
		}
	} finally {
		await browser.close();
		close();
	}
	return rows;
}

/** The search table as aligned text lines. */
export function searchTable(rows: SearchRow[]): string[] {
	const ms = (v: number) => (Number.isNaN(v) ? '—' : String(v));
	const table = [['N', 'network', 'kind', 'query', 'first ms', 'first req', 'first KiB', 'counted ms', 'settled KiB', 'status'], ...rows.map((r) => [String(r.n), r.network, r.kind, r.q, ms(r.firstMs), String(r.firstRequests), r.firstKiB.toFixed(0), ms(r.settledMs), r.allKiB.toFixed(0), r.results])];
	const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
	const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => width(r[c]!))));
	return table.map((row) => row.map((cell, c) => (c === row.length - 1 ? cell : ' '.repeat(widths[c]! - width(cell)) + cell)).join('  '));
}

// `npx node scripts/bench/search.ts dist [N] [networks] [queries]`: the table for an already built site,
// e.g. `dist 5 "none,slow 4G,slow 3G" 婴儿死亡率,健康`.
if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
	const [dist = 'dist', n = '5', networks = 'none', only] = process.argv.slice(2);
	const queries = only ? only.split(',').map((q) => SEARCH_QUERIES.find((x) => x.q === q) ?? { kind: 'asked', q }) : SEARCH_QUERIES;
	for (const line of searchTable(await benchSearch(dist, Number(n), queries, networks.split(',')))) console.log(line);
}
