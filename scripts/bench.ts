// npm run bench [-- --n 5,50,200] [--real-codes] [--keep]: builds synthetic corpora of N plans made
// from the real seeds' sections (scripts/bench/corpus.ts) end to end — convert, astro build, Pagefind —
// and prints how each step grows with N. Linear cost means a flat "Δs/plan" column: the cost of each
// further plan between one N and the next. A page type whose ms/page grows with N is per-page work
// that scales with the corpus (quadratic in total).
//   --real-codes  synthetic plans borrow the seeds' county codes, so maps with geometry are drawn
//                 (default: made-up codes 99xxxx, every map is the "no boundary data" figure)
//   --keep        keep the temporary corpus and dist (their path is printed)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { run } from '../src/convert/cli.ts';
import type { BuildReport } from './bench/build-child.ts';
import { seedInfo, seedSections, syntheticPlan } from './bench/corpus.ts';
import { table } from './bench/report.ts';

const option = (name: string) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1] : undefined;
};
const sizes = (option('--n') ?? '5,50,200')
	.split(',')
	.map(Number)
	.filter((n) => Number.isInteger(n) && n > 0);
const realCodes = process.argv.includes('--real-codes');
const keep = process.argv.includes('--keep');
const TIME = '/usr/bin/time';

const sections = seedSections('seeds');
const seeds = seedInfo('seeds');

function measure(dir: string): { bytes: number; pages: number; files: number } {
	let bytes = 0;
	let pages = 0;
	let files = 0;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		const stat = statSync(path);
		if (stat.isDirectory()) {
			const sub = measure(path);
			bytes += sub.bytes;
			pages += sub.pages;
			files += sub.files;
		} else {
			bytes += stat.size;
			files++;
			if (name.endsWith('.html')) pages++;
		}
	}
	return { bytes, pages, files };
}

interface Row {
	n: number;
	convertS: number;
	build: BuildReport;
	peakRssMb: number;
	/** User + system CPU seconds of the build and the Pagefind binary (GNU time), robust to a busy machine. */
	cpuS: number | null;
	dist: { bytes: number; pages: number; files: number };
	lines: number;
}

/** Writes the corpus of N plans, converts it, builds it in a child process; returns the measurements. */
function benchOne(n: number): Row {
	const work = mkdtempSync(join(tmpdir(), `plan-bench-${n}-`));
	try {
		const seedDir = join(work, 'seeds');
		mkdirSync(seedDir);
		const meta = [];
		let lines = 0;
		for (let k = 0; k < n; k++) {
			const plan = syntheticPlan(k, sections, seeds, { realCodes });
			const file = `bench_${String(k + 1).padStart(4, '0')}.txt`;
			writeFileSync(join(seedDir, file), plan.text);
			lines += plan.text.split('\n').length;
			meta.push({ slug: `bench-${k + 1}`, file, title: `${plan.name}卫生健康“十四五”规划`, region: { name: plan.name, city: '测试市', province: '测试省', level: 'county', code: plan.code }, status: '征求意见稿', period: { start: 2021, end: 2025, base_year: 2020 } });
		}
		writeFileSync(join(seedDir, 'plans.yaml'), stringify(meta));
		const content = join(work, 'content');
		const t0 = performance.now();
		run({ seeds: seedDir, out: content, check: false });
		const convertS = (performance.now() - t0) / 1000;
		// GNU time reports the peak RSS of the build process and of the Pagefind binary it starts (the
		// larger), and their CPU time.
		const child = ['scripts/bench/build-child.ts', content, join(work, 'dist'), join(work, 'cache')];
		const useTime = existsSync(TIME);
		const rssFile = join(work, 'rss');
		const out = useTime ? execFileSync(TIME, ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...child], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }) : execFileSync(process.execPath, child, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
		const build = JSON.parse(out.trim().split('\n').at(-1) as string) as BuildReport;
		const [maxKb, user, sys] = useTime ? (readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) as string).split(' ').map(Number) : [];
		const peakRssMb = maxKb ? maxKb / 1024 : build.nodeMaxRssMb;
		const cpuS = user !== undefined && sys !== undefined ? user + sys : null;
		const dist = measure(join(work, 'dist'));
		if (keep) console.error(`N=${n}: kept ${work}`);
		return { n, convertS, build, peakRssMb, cpuS, dist, lines };
	} finally {
		if (!keep) rmSync(work, { recursive: true, force: true });
	}
}

const rows: Row[] = [];
for (const n of sizes) {
	const row = benchOne(n);
	rows.push(row);
	console.error(`N=${n}: ${(row.convertS + row.build.totalMs / 1000).toFixed(1)} s, ${row.dist.pages} pages`);
}

const s = (ms: number) => (ms / 1000).toFixed(1);
const total = (r: Row) => r.convertS + r.build.totalMs / 1000;
console.log(`\nSynthetic corpora from ${sections.length} seed sections; ${realCodes ? "county codes borrowed from the seeds (maps drawn)" : 'made-up county codes (fallback maps)'}; ${process.platform}, Node ${process.version}\n`);
console.log(
	table([
		['N', 'convert s', 'astro s', 'pagefind s', 'total s', 'pages', 'peak RSS MB', 'dist MB', 's/plan', 'Δs/plan'],
		...rows.map((r, i) => {
			const prev = rows[i - 1];
			const marginal = prev ? (total(r) - total(prev)) / (r.n - prev.n) : null;
			return [String(r.n), r.convertS.toFixed(1), s(r.build.totalMs - r.build.phases.pagefind), s(r.build.phases.pagefind), total(r).toFixed(1), String(r.dist.pages), r.peakRssMb.toFixed(0), (r.dist.bytes / 1024 / 1024).toFixed(1), (total(r) / r.n).toFixed(3), marginal === null ? '' : marginal.toFixed(3)];
		}),
	]),
);
console.log('\nbuild phases, wall-clock s (setup = config, content sync, types; bundle = Vite, which compiles every plan MDX into the server bundle; render = static routes), and CPU time (robust when the machine is busy)');
console.log(
	table([
		['N', 'seed lines', 'setup', 'bundle', 'render', 'pagefind', 'other', 'build CPU s', 'CPU s/plan'],
		...rows.map((r) => [String(r.n), String(r.lines), s(r.build.phases.setup), s(r.build.phases.bundle), s(r.build.phases.render), s(r.build.phases.pagefind), s(r.build.phases.other), r.cpuS === null ? '-' : r.cpuS.toFixed(1), r.cpuS === null ? '-' : (r.cpuS / r.n).toFixed(3)]),
	]),
);
console.log('\nPagefind (in the astro:build:done hook): read = parse the built plan pages and data files into records; add = one addCustomRecord call per record; write = the index files');
console.log(
	table([
		['N', 'records', 'read s', 'add s', 'write s', 'ms/record'],
		...rows.map((r) => {
			const p = r.build.pagefindSteps;
			if (!p) return [String(r.n), String(r.build.pagefindRecords), '-', '-', '-', '-'];
			const read = r.build.phases.pagefind - p.createMs - p.addMs - p.writeMs;
			return [String(r.n), String(r.build.pagefindRecords), s(read), s(p.addMs), s(p.writeMs), (r.build.phases.pagefind / r.build.pagefindRecords).toFixed(2)];
		}),
	]),
);
console.log('\nmemory of the build process (resident MB) at the end of each phase');
console.log(table([['N', 'setup', 'bundle', 'render', 'pagefind', 'peak'], ...rows.map((r) => [String(r.n), ...['bundle', 'render', 'rendered', 'pagefind'].map((m) => (r.build.rssMb[m] ?? Number.NaN).toFixed(0)), r.build.nodeMaxRssMb.toFixed(0)])]));
const types = [...new Set(rows.flatMap((r) => Object.keys(r.build.routes)))].sort();
console.log('\nrender time per page type: pages × ms per page (zh + en); per-plan pages should stay flat as N grows');
console.log(
	table([
		['page type', ...rows.map((r) => `N=${r.n}`)],
		...types.map((type) => [
			type,
			...rows.map((r) => {
				const t = r.build.routes[type];
				return t ? `${t.pages} × ${(t.ms / t.pages).toFixed(1)} ms` : '-';
			}),
		]),
	]),
);
