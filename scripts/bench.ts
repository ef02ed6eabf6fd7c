// npm run bench [-- --n 100,1000] [--networks "slow 4G,slow 3G"] [--no-incremental] [--no-index] [--convert-only] [--live] [--real-codes] [--keep]: builds synthetic
// corpora of N plans made from the real seeds' sections (scripts/bench/corpus.ts) end to end — convert,
// astro build, Pagefind index — each in its own process, and prints per phase the time and the peak
// resident memory, then an incremental rebuild after one plan's text changed, and a search table
// (first-results ms and KiB per query in Chromium, scripts/bench/search.ts). Linear cost means a flat
// s/plan; bounded memory means a flat peak RSS.
//   --convert-only    time the converter alone (seed texts → MDX), e.g. to check it stays linear at 500 plans
//   --no-incremental  skip the incremental rebuild
//   --no-index        read the search records but give none to Pagefind (times the astro phases alone; no search table)
//   --live            also report the reachable JS heap after a full GC at each phase end (--expose-gc)
//   --real-codes      synthetic plans borrow the seeds' county codes, so maps with geometry are drawn
//                     (default: made-up codes 99xxxx, every map is the "no boundary data" figure)
//   --keep            keep the temporary corpus and dist (their path is printed)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { BuildReport } from './bench/build-child.ts';
import { seedInfo, seedSections, syntheticPlan } from './bench/corpus.ts';
import { table } from './bench/report.ts';
import { benchSearch, NETWORKS, SEARCH_QUERIES, searchTable, type SearchRow } from './bench/search.ts';

const option = (name: string) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1] : undefined;
};
const sizes = (option('--n') ?? '5,50,200')
	.split(',')
	.map(Number)
	.filter((n) => Number.isInteger(n) && n > 0);
const flag = (name: string) => process.argv.includes(name);
const realCodes = flag('--real-codes');
const keep = flag('--keep');
const live = flag('--live');
const incremental = !flag('--no-incremental');
const noIndex = flag('--no-index');
if (noIndex) process.env.BENCH_NO_INDEX = '1';
const convertOnly = flag('--convert-only');
/** Throttled network profiles to measure search on besides the unthrottled one (`--networks none` for none). */
const networks = (option('--networks') ?? 'slow 4G,slow 3G').split(',').filter((name) => name in NETWORKS && name !== 'none');
const THROTTLED_QUERIES = [{ kind: 'issue 23', q: '婴儿死亡率' }, ...SEARCH_QUERIES.filter((x) => ['健康', '胸痛中心'].includes(x.q))];
const TIME = '/usr/bin/time';

const sections = seedSections('seeds');
const seeds = seedInfo('seeds');

/** A process run under GNU time (when present): its stdout, wall seconds, CPU seconds and peak RSS (MB, largest process of its tree). */
interface Run {
	stdout: string;
	wallS: number;
	cpuS: number | null;
	peakMb: number | null;
}

function timed(args: string[], work: string): Run {
	const rssFile = join(work, 'time.out');
	const started = performance.now();
	const useTime = existsSync(TIME);
	const stdout = useTime ? execFileSync(TIME, ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }) : execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	const wallS = (performance.now() - started) / 1000;
	if (!useTime) return { stdout, wallS, cpuS: null, peakMb: null };
	const [maxKb, user, sys] = (readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) as string).split(' ').map(Number) as [number, number, number];
	return { stdout, wallS, cpuS: user + sys, peakMb: maxKb / 1024 };
}

function pageCount(dir: string): { bytes: number; pages: number } {
	let bytes = 0;
	let pages = 0;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		const stat = statSync(path);
		if (stat.isDirectory()) {
			const sub = pageCount(path);
			bytes += sub.bytes;
			pages += sub.pages;
		} else {
			bytes += stat.size;
			if (name.endsWith('.html')) pages++;
		}
	}
	return { bytes, pages };
}

/** One convert + build; the build report is the child's last stdout line. */
interface Pass {
	convert: Run;
	build: Run;
	report: BuildReport;
}

/** The converter alone, in its own process: seeds → content (with its skip-unchanged cache). */
const convertPass = (work: string) => timed(['src/convert/cli.ts', '--seeds', join(work, 'seeds'), '--out', join(work, 'content')], work);

function pass(work: string): Pass {
	const content = join(work, 'content');
	const convert = convertPass(work);
	const build = timed([...(live ? ['--expose-gc'] : []), 'scripts/bench/build-child.ts', content, join(work, 'dist'), join(work, 'cache')], work);
	const report = JSON.parse(build.stdout.trim().split('\n').at(-1) as string) as BuildReport;
	return { convert, build, report };
}

interface Row {
	n: number;
	full: Pass;
	/** The rebuild after one plan's text changed, with the same output and cache folders. */
	again: Pass | null;
	dist: { bytes: number; pages: number };
	/** Search in Chromium on the full build (none with --no-index). */
	search: SearchRow[];
}

/**
 * Writes the corpus of N plans, builds it, measures search, edits one plan's text and builds again;
 * with --convert-only just converts it (the converter's run, not a Row).
 */
async function benchOne(n: number): Promise<Row | Run> {
	const work = mkdtempSync(join(tmpdir(), `plan-bench-${n}-`));
	try {
		const seedDir = join(work, 'seeds');
		mkdirSync(seedDir);
		const meta = [];
		for (let k = 0; k < n; k++) {
			const plan = syntheticPlan(k, sections, seeds, { realCodes });
			const file = `bench_${String(k + 1).padStart(4, '0')}.txt`;
			writeFileSync(join(seedDir, file), plan.text);
			meta.push({ slug: `bench-${k + 1}`, file, title: `${plan.name}卫生健康“十四五”规划`, region: { name: plan.name, city: '测试市', province: '测试省', level: 'county', code: plan.code }, status: '征求意见稿', period: { start: 2021, end: 2025, base_year: 2020 } });
		}
		writeFileSync(join(seedDir, 'plans.yaml'), stringify(meta));
		if (convertOnly) return convertPass(work);
		const full = pass(work);
		const dist = pageCount(join(work, 'dist'));
		// Unthrottled: every query; on the slow networks (cold cache): the issue's query and a common and a rare word.
		const search = noIndex ? [] : [...(await benchSearch(join(work, 'dist'), n)), ...(networks.length ? await benchSearch(join(work, 'dist'), n, THROTTLED_QUERIES, networks) : [])];
		let again: Pass | null = null;
		if (incremental) {
			// One plan's text changes: a sentence added to its last line.
			const seed = join(seedDir, `bench_${String(Math.ceil(n / 2)).padStart(4, '0')}.txt`);
			writeFileSync(seed, readFileSync(seed, 'utf8').replace(/\n$/, '（本句为测试修订。）\n'));
			again = pass(work);
		}
		if (keep) console.error(`N=${n}: kept ${work}`);
		return { n, full, again, dist, search };
	} finally {
		if (!keep) rmSync(work, { recursive: true, force: true });
	}
}

const s = (ms: number) => (ms / 1000).toFixed(1);
const mb = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '-' : x.toFixed(0));
/** Wall seconds of a pass's phases: convert, astro (build without the index), index (Pagefind hook). */
const phases = (p: Pass) => ({ convert: p.convert.wallS, astro: p.build.wallS - p.report.phases.pagefind / 1000, index: p.report.phases.pagefind / 1000 });
const total = (p: Pass) => p.convert.wallS + p.build.wallS;
const cpu = (p: Pass) => (p.convert.cpuS ?? Number.NaN) + (p.build.cpuS ?? Number.NaN);
/** Peak resident MB of the astro phases (setup, bundle, render) and of the index phase, build process + children. */
/** CPU s of convert + astro (up to the end of rendering, without the index), the part an incremental build can shrink. */
const astroCpu = (p: Pass) => (p.convert.cpuS ?? Number.NaN) + (p.report.cpuS?.rendered ?? Number.NaN);
const astroPeak = (p: Pass) => Math.max(...['setup', 'bundle', 'render'].map((k) => p.report.peakMb[k] ?? 0));

if (convertOnly) {
	const runs: [number, Run][] = [];
	for (const n of sizes) {
		const convert = (await benchOne(n)) as Run;
		runs.push([n, convert]);
		console.error(`N=${n}: converted in ${convert.wallS.toFixed(1)} s`);
	}
	console.log(`\nThe converter alone (seed texts → MDX, empty cache), ${process.platform}, Node ${process.version}`);
	console.log(table([['N', 'convert s', 's/plan', 'CPU s/plan', 'peak RSS MB'], ...runs.map(([n, r]) => [String(n), r.wallS.toFixed(1), (r.wallS / n).toFixed(3), r.cpuS === null ? '-' : (r.cpuS / n).toFixed(3), mb(r.peakMb)])]));
	process.exit(0);
}

const rows: Row[] = [];
for (const n of sizes) {
	const row = (await benchOne(n)) as Row;
	rows.push(row);
	console.error(`N=${n}: full ${total(row.full).toFixed(1)} s, ${row.dist.pages} pages${row.again ? `; incremental ${total(row.again).toFixed(1)} s` : ''}`);
}

console.log(`\nSynthetic corpora from ${sections.length} seed sections; ${realCodes ? 'county codes borrowed from the seeds (maps drawn)' : 'made-up county codes (fallback maps)'}; ${process.platform}, Node ${process.version}`);
console.log('\nFull build: wall-clock s per phase (convert; astro = content sync, bundle, render; index = Pagefind), CPU s (user+sys, robust when the machine is busy), peak resident MB per phase (process and its children)');
console.log(
	table([
		['N', 'pages', 'convert s', 'astro s', 'index s', 'total s', 's/plan', 'CPU s/plan', 'RSS convert', 'RSS astro', 'RSS index', 'dist MB'],
		...rows.map((r) => {
			const p = phases(r.full);
			return [String(r.n), String(r.dist.pages), p.convert.toFixed(1), p.astro.toFixed(1), p.index.toFixed(1), total(r.full).toFixed(1), (total(r.full) / r.n).toFixed(3), (cpu(r.full) / r.n).toFixed(3), mb(r.full.convert.peakMb), mb(astroPeak(r.full)), mb(r.full.report.peakMb.index), (r.dist.bytes / 1024 / 1024).toFixed(1)];
		}),
	]),
);
if (incremental) {
	console.log('\nIncremental: the same build again after one plan text changed (same output and cache folders)');
	console.log(
		table([
			['N', 'convert s', 'astro s', 'index s', 'shards indexed', 'total s', '% of full', 'CPU s', '% of full CPU', 'CPU s w/o index', '% of full', 'RSS astro', 'RSS index'],
			...rows.flatMap((r) => {
				if (!r.again) return [];
				const p = phases(r.again);
				return [[String(r.n), p.convert.toFixed(1), p.astro.toFixed(1), p.index.toFixed(1), `${r.again.report.pagefindShards[1]} of ${r.again.report.pagefindShards[0]}`, total(r.again).toFixed(1), ((100 * total(r.again)) / total(r.full)).toFixed(0), cpu(r.again).toFixed(1), ((100 * cpu(r.again)) / cpu(r.full)).toFixed(0), astroCpu(r.again).toFixed(1), ((100 * astroCpu(r.again)) / astroCpu(r.full)).toFixed(0), mb(astroPeak(r.again)), mb(r.again.report.peakMb.index)]];
			}),
		]),
	);
}
console.log('\nAstro phases of the full build, wall-clock s (setup = config, content sync, types; bundle = Vite; render = static routes; index = Pagefind: read pages, add records, write files)');
console.log(
	table([
		['N', 'setup', 'bundle', 'render', 'index', 'records', 'shards', 'read s', 'add s', 'write s'],
		...rows.map((r) => {
			const b = r.full.report;
			const p = b.pagefindSteps;
			const read = p ? b.phases.pagefind - p.createMs - p.addMs - p.writeMs : Number.NaN;
			return [String(r.n), s(b.phases.setup), s(b.phases.bundle), s(b.phases.render), s(b.phases.pagefind), String(b.pagefindRecords), String(b.pagefindShards[0]), p ? s(read) : '-', p ? s(p.addMs) : '-', p ? s(p.writeMs) : '-'];
		}),
	]),
);
console.log(`\nMemory of the full build, MB: peak resident per phase (build + children)${live ? ', and reachable JS heap after a full GC at each phase end' : ''}`);
console.log(
	table([
		['N', 'peak setup', 'peak bundle', 'peak render', 'peak index', 'index: node', 'index: Pagefind', ...(live ? ['live setup', 'live bundle', 'live render', 'live index'] : [])],
		...rows.map((r) => {
			const b = r.full.report;
			return [String(r.n), ...['setup', 'bundle', 'render', 'index', 'index (node)', 'index (children)'].map((k) => mb(b.peakMb[k])), ...(live ? ['bundle', 'render', 'rendered', 'pagefind'].map((k) => mb(b.liveMb[k])) : [])];
		}),
	]),
);
const types = [...new Set(rows.flatMap((r) => Object.keys(r.full.report.routes)))].sort();
console.log('\nRender time per page type: pages × ms per page (zh + en); per-plan pages should stay flat as N grows');
console.log(
	table([
		['page type', ...rows.map((r) => `N=${r.n}`)],
		...types.map((type) => [
			type,
			...rows.map((r) => {
				const t = r.full.report.routes[type];
				return t ? `${t.pages} × ${(t.ms / t.pages).toFixed(1)} ms` : '-';
			}),
		]),
	]),
);
console.log('\nShare cards (1200×630 PNG, src/lib/cards.ts) of the full build: cards, render + encode s and ms per card, font subset s and KB, PNG MB and KB per card, share of dist');
console.log(
	table([
		['N', 'cards', 'render s', 'ms/card', 'subset s', 'font KB', 'PNG MB', 'KB/card', '% of dist'],
		...rows.map((r) => {
			const c = r.full.report.cards;
			if (!c || c.cards === 0) return [String(r.n), '0', '-', '-', '-', '-', '-', '-', '-'];
			return [String(r.n), String(c.cards), s(c.renderMs), (c.renderMs / c.cards).toFixed(1), s(c.subsetMs), String(Math.round(c.fontBytes / 1024)), (c.pngBytes / 1024 / 1024).toFixed(1), (c.pngBytes / c.cards / 1024).toFixed(1), ((100 * c.pngBytes) / r.dist.bytes).toFixed(0)];
		}),
	]),
);
if (!noIndex) {
	console.log('\nSearch on the full build, cold, in Chromium: time and gzip KiB until the first results, KiB when settled');
	for (const line of searchTable(rows.flatMap((r) => r.search))) console.log(line);
}
