// One site build in its own process, so its peak memory can be measured; prints one JSON line
// (a BuildReport) on stdout. Usage: node scripts/bench/build-child.ts <contentDir> <outDir> <cacheDir>
// The build log is parsed, not shown: its lines mark the phases, Astro prints each route's render
// time, and the Pagefind integration prints its own duration. Shown only if the build fails, or
// written to the file named by BENCH_LOG.
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { writeHeapSnapshot } from 'node:v8';
import { build } from 'astro';
import type { CardStats } from '../../src/lib/cards.ts';
import type { PagefindTimings } from './pagefind-timer.ts';
import { routeType } from './report.ts';
import { sampleRss } from './rss.ts';

export interface BuildReport {
	/** Phases in ms, in build order; they add up to totalMs. */
	phases: { setup: number; bundle: number; render: number; pagefind: number; other: number };
	totalMs: number;
	/** Peak resident memory of this Node process (the Pagefind binary runs as a separate process). */
	nodeMaxRssMb: number;
	/** Render time per route type, from Astro's per-route log lines. */
	routes: Record<string, { pages: number; ms: number }>;
	pagefindRecords: number;
	/** Shards of the search index, and how many this build indexed. */
	pagefindShards: [number, number];
	/** Pagefind's steps, timed by wrapping its Node API (null if the wrapper was not used). */
	pagefindSteps: PagefindTimings | null;
	/** Resident memory (MB) when each phase ended. */
	rssMb: Record<string, number>;
	/** CPU seconds (user + system, all threads) this process had used when each phase ended: robust when the machine is busy. */
	cpuS: Record<string, number>;
	/** Peak resident MB of the build and its child processes (Pagefind) during each phase (setup, bundle, render, index). */
	peakMb: Record<string, number>;
	/** Reachable JS heap (MB) after a full GC when each phase ended; empty unless run with --expose-gc. */
	liveMb: Record<string, number>;
	/** Share cards (src/lib/cards.ts): how many, render + encode ms, font subset ms and bytes, PNG bytes. */
	cards: CardStats | null;
}

const [contentDir, outDir, cacheDir] = process.argv.slice(2) as [string, string, string];
process.env.PLAN_CONTENT_DIR = contentDir;
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// Every import of `pagefind` (by name or by its resolved file) gets the timing wrapper instead.
const realPagefind = import.meta.resolve('pagefind');
const timer = new URL('./pagefind-timer.ts', import.meta.url).href;
process.env.BENCH_PAGEFIND_REAL = realPagefind;
registerHooks({
	resolve(specifier, context, next) {
		const resolved = next(specifier, context);
		return resolved.url === realPagefind && context.parentURL !== timer ? { url: timer, format: 'module-typescript', shortCircuit: true } : resolved;
	},
});

const log: string[] = [];
const rssMb: Record<string, number> = {};
const cpuS: Record<string, number> = {};
const liveMb: Record<string, number> = {};
const marks = new Map<string, number>();
const routes: BuildReport['routes'] = {};
let pagefindMs = 0;
let pagefindRecords = 0;
/** Shards of the index, and how many of them this build indexed (the others were kept). */
let pagefindShards: [number, number] = [0, 0];
const started = performance.now();
const mark = (name: string) => {
	if (marks.has(name)) return;
	marks.set(name, performance.now() - started);
	rssMb[name] = process.memoryUsage.rss() / 1024 / 1024;
	const cpu = process.cpuUsage();
	cpuS[name] = (cpu.user + cpu.system) / 1e6;
	// With --expose-gc (bench --live), also what is still reachable: RSS counts garbage not yet collected.
	const gc = (globalThis as { gc?: () => void }).gc;
	if (gc) {
		gc();
		liveMb[name] = process.memoryUsage().heapUsed / 1024 / 1024;
	}
	// BENCH_HEAP_SNAPSHOT=<phase end> (bundle, render, rendered, pagefind) writes a heap snapshot there.
	if (process.env.BENCH_HEAP_SNAPSHOT === name) console.error(`heap snapshot: ${writeHeapSnapshot()}`);
};
const stdout = process.stdout.write.bind(process.stdout);
const capture = ((chunk: string | Uint8Array) => {
	// eslint-disable-next-line no-control-regex
	const text = String(chunk).replace(/\x1b\[[0-9;]*m/g, '');
	log.push(text);
	for (const line of text.split('\n')) {
		if (/Building static entrypoints/.test(line)) mark('bundle');
		else if (/generating static routes/.test(line)) mark('render');
		if (marks.has('render') && !marks.has('rendered') && /\[build\] ✓ Completed in/.test(line)) mark('rendered');
		const pf = /Pagefind: (\d+) records .* in (\d+) shards, (\d+) indexed now, in (\d+) ms/.exec(line);
		if (pf) {
			mark('pagefind');
			pagefindRecords = Number(pf[1]);
			pagefindMs = Number(pf[4]);
			pagefindShards = [Number(pf[2]), Number(pf[3])];
		}
	}
	return true;
}) as typeof process.stdout.write;
process.stdout.write = capture;
process.stderr.write = capture;

const sampler = sampleRss(() => (marks.has('rendered') ? 'index' : marks.has('render') ? 'render' : marks.has('bundle') ? 'bundle' : 'setup'));
try {
	await build({ root: process.cwd(), outDir, cacheDir, logLevel: 'info' });
} catch (error) {
	process.stdout.write = stdout;
	console.error(log.join(''));
	throw error;
}
const totalMs = performance.now() - started;
sampler.stop();
process.stdout.write = stdout;
if (process.env.BENCH_LOG) writeFileSync(process.env.BENCH_LOG, log.join(''));
// A route's line is written in two pieces (its path, then its time once rendered), and a warning
// logged while the page renders can land in between: pair each path with the next time.
let pending: string | null = null;
for (const [, route, ms] of log.join('').matchAll(/[├└]─ (\/\S*?(?:\.html|\.json|\.csv|\.xml|\.txt|\.png|\.xlsx|\/))(?=\s|\d\d:)|\(\+(\d+)ms\)/g)) {
	if (route) pending = route;
	else if (pending) {
		const slot = (routes[routeType(pending)] ??= { pages: 0, ms: 0 });
		slot.pages++;
		slot.ms += Number(ms);
		pending = null;
	}
}
const at = (name: string) => marks.get(name) ?? Number.NaN;
const phases = {
	setup: at('bundle'),
	bundle: at('render') - at('bundle'),
	render: at('rendered') - at('render'),
	pagefind: pagefindMs,
	other: 0,
};
phases.other = totalMs - phases.setup - phases.bundle - phases.render - phases.pagefind;
const pagefindSteps = (globalThis as { benchPagefind?: PagefindTimings }).benchPagefind ?? null;
const cards = (globalThis as { planPortalCardStats?: CardStats }).planPortalCardStats ?? null;
const report: BuildReport = { phases, totalMs, nodeMaxRssMb: process.resourceUsage().maxRSS / 1024, routes, pagefindRecords, pagefindShards, pagefindSteps, rssMb, cpuS, liveMb, peakMb: sampler.peaks, cards };
console.log(JSON.stringify(report));
