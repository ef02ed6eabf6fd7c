// npm run bench [-- --n 5,50,200]: builds synthetic corpora of N plans made from the real seeds'
// sections and prints how each step grows with N. Cost should grow linearly (s/plan roughly flat).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { run } from '../src/convert/cli.ts';
import { seedSections, syntheticPlan } from './bench/corpus.ts';
import { benchSearch, searchTable, type SearchRow } from './bench/search.ts';

const arg = process.argv.indexOf('--n');
const sizes = (arg > 0 ? (process.argv[arg + 1] ?? '') : '5,50,200').split(',').map(Number).filter((n) => n > 0);
const sections = seedSections('seeds');

function size(dir: string): { bytes: number; pages: number } {
	let bytes = 0;
	let pages = 0;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		const stat = statSync(path);
		if (stat.isDirectory()) {
			const sub = size(path);
			bytes += sub.bytes;
			pages += sub.pages;
		} else {
			bytes += stat.size;
			if (name === 'index.html') pages++;
		}
	}
	return { bytes, pages };
}

// --convert-only: time the converter alone (seed texts → MDX), e.g. to check it stays linear at 500 plans.
const convertOnly = process.argv.includes('--convert-only');
const searchRows: SearchRow[] = [];
const rows: string[][] = [['N', 'convert s', 'astro s', 'pagefind s', 'total s', 'pages', 'peak RSS MB', 'dist MB', 's/plan']];
for (const n of sizes) {
	const work = mkdtempSync(join(tmpdir(), `plan-bench-${n}-`));
	try {
		const seeds = join(work, 'seeds');
		mkdirSync(seeds);
		const meta = [];
		for (let k = 0; k < n; k++) {
			const plan = syntheticPlan(k, sections);
			const file = `bench_${String(k).padStart(4, '0')}.txt`;
			writeFileSync(join(seeds, file), plan.text);
			meta.push({ slug: `bench-${k + 1}`, file, region: { name: plan.name, city: '测试市', province: '测试省', level: 'county', code: null }, period: { start: 2021, end: 2025, base_year: 2020 } });
		}
		writeFileSync(join(seeds, 'plans.yaml'), stringify(meta));
		const t0 = performance.now();
		run({ seeds, out: join(work, 'content'), check: false });
		const convertS = (performance.now() - t0) / 1000;
		if (convertOnly) {
			rows.push([String(n), convertS.toFixed(1), '-', '-', convertS.toFixed(1), '-', (process.resourceUsage().maxRSS / 1024).toFixed(0), '-', (convertS / n).toFixed(3)]);
			console.error(`N=${n} converted in ${convertS.toFixed(1)} s`);
			continue;
		}
		const out = execFileSync(process.execPath, ['scripts/bench/build-child.ts', join(work, 'content'), join(work, 'dist'), join(work, 'cache')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		const child = JSON.parse(out.trim().split('\n').at(-1) as string) as { astroMs: number; pagefindMs: number; maxRssMb: number };
		const dist = size(join(work, 'dist'));
		const total = convertS + (child.astroMs + child.pagefindMs) / 1000;
		rows.push([String(n), convertS.toFixed(1), (child.astroMs / 1000).toFixed(1), (child.pagefindMs / 1000).toFixed(1), total.toFixed(1), String(dist.pages), child.maxRssMb.toFixed(0), (dist.bytes / 1024 / 1024).toFixed(1), (total / n).toFixed(3)]);
		console.error(`N=${n} done in ${total.toFixed(1)} s`);
		searchRows.push(...(await benchSearch(join(work, 'dist'), n)));
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c]!)).join('  '));
console.log('');
if (!convertOnly) for (const line of searchTable(searchRows)) console.log(line);
