// The search index of the built site, in shards (src/lib/search/shards.ts): each group of plans is
// indexed by its own Pagefind run (the binary closed after each, so memory is bounded by a shard, not
// by the corpus) into /pagefind/s/<shard id>/; the id is a digest of everything the shard is made from,
// so a rebuild re-indexes only the shards whose plans changed and keeps the others where they are.
// Beside the shards: the shard list (shards.json), the routing table (route/), the folding table and
// Pagefind's pagefind.js. What a cached shard contributes to the routing and folding tables waits in
// <cacheDir>/<shard id>.json.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decode as decodeCbor } from 'cbor2';
import { fromHtml } from 'hast-util-from-html';
import { CHUNK_TABLE, type ChunkTable } from '../lib/search/chunks.ts';
import { foldTable, openccSimplifier } from '../lib/search/simplify.ts';
import { foldChars, type Simplify } from '../lib/search/fold.ts';
import { FOLD_TABLE, pagefindRecord } from '../lib/search/pagefind.ts';
import { pageRecords, sortRecords, type SearchRecord } from '../lib/search/records.ts';
import { groupShards, MANIFEST, MAX_PLANS, routeTables, SHARD_DIR, type Shard, type ShardManifest } from '../lib/search/shards.ts';
import { indexTokens, indexWords } from '../lib/search/tokens.ts';
import { anchors } from '../lib/urls.ts';
import type { IndicatorRecord, PlanRecord, ProjectRecord } from '../schema/data.ts';

/** A plan as the search names it. */
export interface SearchPlan {
	slug: string;
	title: string;
	province: string;
}

/** The built site's plans (in the site's order) and their targets and projects, from its data files. */
interface SiteData {
	plans: SearchPlan[];
	indicators: Map<string, IndicatorRecord[]>;
	projects: Map<string, ProjectRecord[]>;
}

function readSiteData(site: string): SiteData {
	const read = <T>(file: string): T => JSON.parse(readFileSync(join(site, 'data', file), 'utf8')) as T;
	return {
		plans: read<PlanRecord[]>('plans.json').map((p) => ({ slug: p.slug, title: p.title, province: p.region.province ?? '' })),
		indicators: Map.groupBy(read<IndicatorRecord[]>('indicators.json'), (i) => i.plan),
		projects: Map.groupBy(read<ProjectRecord[]>('projects.json'), (p) => p.plan),
	};
}

const planPage = (site: string, slug: string) => join(site, 'plans', slug, 'index.html');

/**
 * The records of some plans of the built site `site`, in result order: plan-text paragraphs (from
 * each plan's Chinese page), targets and projects (from the data files). `plans` in the site's order.
 */
export function collectRecords(site: string, plans: readonly SearchPlan[], data: Pick<SiteData, 'indicators' | 'projects'>): SearchRecord[] {
	const records: SearchRecord[] = [];
	for (const { slug } of plans) records.push(...pageRecords(fromHtml(readFileSync(planPage(site, slug), 'utf8')), slug));
	for (const { slug } of plans) {
		for (const i of data.indicators.get(slug) ?? []) {
			const shown = `${i.name}：${i.target.text || '—'}`;
			records.push({ plan: i.plan, kind: '指标', line: i.source.line, opens: { indicator: i.id }, content: `${shown} ${i.name_en ?? ''}`, text: shown, section: i.source.quote });
		}
	}
	// A project opens at its paragraph: that paragraph's record is tagged as the project (one
	// result, listed with the projects; Pagefind keeps one record per URL); a project without one
	// gets its own record.
	const paragraphs = new Map(records.flatMap((r) => ('anchor' in r.opens ? [[`${r.plan} ${r.opens.anchor}`, r] as const] : [])));
	for (const { slug } of plans) {
		for (const p of data.projects.get(slug) ?? []) {
			const anchor = new URL(p.url).hash.slice(1) || anchors.paragraph(p.source.line);
			const paragraph = paragraphs.get(`${p.plan} ${anchor}`);
			if (paragraph) paragraph.kind = '项目';
			else {
				const record: SearchRecord = { plan: p.plan, kind: '项目', line: p.source.line, opens: { anchor }, content: `${p.name} ${p.description}`, text: p.name, section: p.description };
				paragraphs.set(`${p.plan} ${anchor}`, record);
				records.push(record);
			}
		}
	}
	return sortRecords(records, plans.map((p) => p.slug));
}

/** Step runner: a Pagefind call that fails or reports errors becomes an Error naming the step, with the cause attached. */
async function step<T extends { errors: string[] }>(name: string, run: () => Promise<T>): Promise<T> {
	let result: T;
	try {
		result = await run();
	} catch (cause) {
		throw new Error(`Pagefind failed while trying to ${name}.`, { cause });
	}
	if (result.errors.length > 0) throw new Error(`Pagefind failed while trying to ${name}.`, { cause: result.errors });
	return result;
}

/** What a shard adds to the tables beside the shards (kept in the cache for shards not rebuilt). */
interface ShardSummary {
	records: number;
	/** Every token (folded pair or single character) the shard's records hold. */
	tokens: string[];
	/** Every character of the printed texts, and of the folded ones (for the folding table). */
	printed: string;
	folded: string;
}

/** Files of a Pagefind bundle the search page reads (the others — UI, highlight, worker — are not shipped per shard). */
/**
 * The files of a shard's bundle that every search of it loads before its index: the metadata file
 * (`pagefind.<hash>.pf_meta`, named in the entry) and the shared WebAssembly (from /pagefind/s/). The
 * search page fetches them as soon as it knows which shards it needs, beside the entry (src/scripts/search-engine.ts).
 */
function bundleFiles(dir: string): { meta: string; wasm: string } {
	const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: string | null }> };
	const language = Object.values(entry.languages)[0];
	if (!language) throw new Error(`Pagefind wrote no language into ${join(dir, 'pagefind-entry.json')}.`);
	// shareWasm wrote the name as `shared/../../wasm.<name>.<digest>` (the file in /pagefind/s/).
	const wasm = (language.wasm ?? 'unknown').replace(/^shared\/\.\.\/\.\.\//, '');
	return { meta: `pagefind.${language.hash}.pf_meta`, wasm: `${wasm.startsWith('wasm.') ? wasm : `wasm.${wasm}`}.pagefind` };
}
const BUNDLE_FILES = /^(pagefind-entry\.json|pagefind\..*\.pf_meta|index|fragment|filter|chunks\.json)$/;

/**
 * The chunk list of a Pagefind (1.x) metadata file: gzip, then the signature `pagefind_dcd`, then CBOR
 * `[version, pages, [[from, to, hash], …], filters, …]` (pagefind/src/index/index_metadata.rs).
 * Throws, naming the file, if the format is not that one (a Pagefind upgrade to check).
 */
export function chunkTableOf(metaBytes: Uint8Array, file: string): ChunkTable {
	let table: unknown;
	try {
		const raw = gunzipSync(metaBytes);
		const signature = new TextDecoder().decode(raw.subarray(0, 12));
		if (signature !== 'pagefind_dcd') throw new Error(`no signature pagefind_dcd (found ${JSON.stringify(signature)})`);
		table = (decodeCbor(raw.subarray(12)) as unknown[])[2];
	} catch (cause) {
		throw new Error(`Pagefind's metadata file ${file} could not be read as Pagefind 1.x writes it.`, { cause });
	}
	const ok = Array.isArray(table) && table.every((c) => Array.isArray(c) && c.length === 3 && c.every((v) => typeof v === 'string'));
	if (!ok) throw new Error(`Pagefind's metadata file ${file} has no chunk list where Pagefind 1.x writes it (third field: [from, to, hash] lists); check the Pagefind version.`);
	return table as ChunkTable;
}

/** Pagefind's WebAssembly files, shared by every shard from /pagefind/s/ (named by their digest). */
const WASM = /^wasm\.[\w-]+\.[0-9a-f]{12}\.pagefind$/;

/**
 * Points a freshly written shard bundle at the one shared copy of Pagefind's WebAssembly in the
 * shards' folder `shards` (copied there under a name with its digest, so a host may let browsers
 * cache it for good), so a reader's browser fetches and compiles it once, not once per shard.
 * Pagefind (1.x) loads `${basePath}wasm.${languages[lang].wasm ?? 'unknown'}.pagefind`; the entry's
 * `wasm` name is rewritten to climb from the shard's folder to `shards` (the browser resolves the
 * `..` segments before asking the host). The search tests in Chromium fail if this stops working.
 */
function shareWasm(bundle: string, shards: string): void {
	const entryFile = join(bundle, 'pagefind-entry.json');
	const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { wasm: string | null }> };
	for (const language of Object.values(entry.languages)) {
		const name = language.wasm ?? 'unknown';
		const file = `wasm.${name}.pagefind`;
		if (!existsSync(join(bundle, file))) throw new Error(`Pagefind wrote no ${file} into ${bundle}.`);
		const bytes = readFileSync(join(bundle, file));
		const shared = `wasm.${name}.${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}`;
		writeFileSync(join(shards, `${shared}.pagefind`), bytes);
		language.wasm = `shared/../../${shared}`;
	}
	writeFileSync(entryFile, JSON.stringify(entry));
}

/** The source files whose change changes every shard (how records are made, encoded and written), and Pagefind's version. */
function codeDigest(): string {
	const hash = createHash('sha256');
	const here = dirname(fileURLToPath(import.meta.url));
	for (const file of ['../lib/search/records.ts', '../lib/search/pagefind.ts', '../lib/search/tokens.ts', '../lib/search/fold.ts', '../lib/search/simplify.ts', '../lib/urls.ts', 'pagefind.ts']) {
		hash.update(file).update(readFileSync(join(here, file)));
	}
	const pagefindPackage = join(here, '../../node_modules/pagefind/package.json');
	hash.update(existsSync(pagefindPackage) ? readFileSync(pagefindPackage) : 'pagefind');
	hash.update(String(process.env.SEARCH_SHARD_PLANS ?? MAX_PLANS));
	return hash.digest('hex');
}

/** The id of a shard: a digest of the code, and of each plan's page, title, province, targets and projects. */
function shardId(code: string, plans: readonly SearchPlan[], site: string, data: SiteData): string {
	const hash = createHash('sha256').update(code);
	for (const plan of plans) {
		hash.update(JSON.stringify([plan, data.indicators.get(plan.slug) ?? [], data.projects.get(plan.slug) ?? []]));
		hash.update(readFileSync(planPage(site, plan.slug)));
	}
	return hash.digest('hex').slice(0, 16);
}

/** Indexes one shard's records with a fresh Pagefind backend into `dir` (replacing it); returns what the shard adds to the tables. */
async function indexShard(records: readonly SearchRecord[], plans: ReadonlyMap<string, SearchPlan>, dir: string, simplify: Simplify): Promise<ShardSummary> {
	const tokens = new Set<string>();
	const printed = new Set<string>();
	const folded = new Set<string>();
	const pagefind = await import('pagefind');
	const scratch = `${dir}.tmp`;
	rmSync(scratch, { recursive: true, force: true });
	try {
		// Each record is indexed as its folded text's overlapping pairs, encoded as words Pagefind
		// keeps whole (src/lib/search/tokens.ts); the printed text travels in its metadata for display.
		const { index } = await step('create an index', () => pagefind.createIndex({ forceLanguage: 'zh-cn' }));
		if (!index) throw new Error('Pagefind failed while trying to create an index: no index returned.');
		for (const [order, record] of records.entries()) {
			for (const ch of record.content) printed.add(ch);
			const chars = foldChars(record.content, simplify);
			for (const ch of chars) folded.add(ch);
			for (const token of indexTokens(chars).keys()) tokens.add(token);
			await step(`add the record ${record.plan} ${JSON.stringify(record.opens)}`, () => index.addCustomRecord(pagefindRecord(record, plans.get(record.plan)!, order, indexWords(chars))));
		}
		await step('write the index files', () => index.writeFiles({ outputPath: scratch }));
	} finally {
		// One backend per shard: its memory goes with it.
		await pagefind.close();
	}
	return { records: records.length, tokens: [...tokens].sort(), printed: [...printed].sort().join(''), folded: [...folded].sort().join('') };
}

/** Cache entries unused for this long are deleted (other output folders — tests, benches — share the cache). */
const CACHE_DAYS = 14;

function pruneCache(cacheDir: string): void {
	const before = Date.now() - CACHE_DAYS * 24 * 3600 * 1000;
	for (const name of readdirSync(cacheDir)) {
		const file = join(cacheDir, name);
		if (statSync(file).mtimeMs < before) rmSync(file, { force: true });
	}
}

/** What {@link writePagefindIndex} did. */
export interface IndexReport {
	records: number;
	shards: number;
	/** Shards indexed by this run (the others were kept from the previous build). */
	indexed: number;
}

/**
 * Writes the sharded search index of a built site (`site` = the output folder) into `<site>/pagefind/`:
 * one Pagefind bundle per shard (only for shards whose inputs changed since the last build),
 * the shard list, the routing table, the folding table and pagefind.js.
 * `maxPlans` (default {@link MAX_PLANS}, or the SEARCH_SHARD_PLANS environment variable) bounds a shard.
 * Errors name the step and carry Pagefind's messages as the cause.
 */
export async function writePagefindIndex(site: string, options: { maxPlans?: number; cacheDir?: string } = {}): Promise<IndexReport> {
	const maxPlans = options.maxPlans ?? (Number(process.env.SEARCH_SHARD_PLANS) || MAX_PLANS);
	const cacheDir = options.cacheDir ?? join(dirname(fileURLToPath(import.meta.url)), '../../node_modules/.cache/plan-search');
	let data: SiteData;
	try {
		data = readSiteData(site);
	} catch (cause) {
		throw new Error('Pagefind failed while trying to read the built data files.', { cause });
	}
	const out = join(site, 'pagefind');
	const shardsDir = join(out, SHARD_DIR);
	mkdirSync(shardsDir, { recursive: true });
	mkdirSync(cacheDir, { recursive: true });
	const code = codeDigest();
	const byPlan = new Map(data.plans.map((p) => [p.slug, p]));
	const groups = groupShards(data.plans, maxPlans);
	const simplify = openccSimplifier();
	const summaries: ShardSummary[] = [];
	const shards: Shard[] = [];
	let indexed = 0;
	for (const plans of groups) {
		const id = shardId(code, plans, site, data);
		const dir = join(shardsDir, id);
		const cached = join(cacheDir, `${id}.json`);
		let summary: ShardSummary | null = null;
		if (existsSync(join(dir, 'pagefind-entry.json')) && existsSync(cached)) summary = JSON.parse(readFileSync(cached, 'utf8')) as ShardSummary;
		if (!summary) {
			let records: SearchRecord[];
			try {
				records = collectRecords(site, plans, data);
			} catch (cause) {
				throw new Error(`Pagefind failed while trying to read the built pages of ${plans.map((p) => p.slug).join(', ')}.`, { cause });
			}
			summary = await indexShard(records, byPlan, dir, simplify);
			if (!existsSync(join(out, 'pagefind.js')) || indexed === 0) copyFileSync(join(`${dir}.tmp`, 'pagefind.js'), join(out, 'pagefind.js'));
			shareWasm(`${dir}.tmp`, shardsDir);
			const { meta } = bundleFiles(`${dir}.tmp`);
			writeFileSync(join(`${dir}.tmp`, CHUNK_TABLE), JSON.stringify(chunkTableOf(readFileSync(join(`${dir}.tmp`, meta)), join(`${dir}.tmp`, meta))));
			for (const file of readdirSync(`${dir}.tmp`)) if (!BUNDLE_FILES.test(file)) rmSync(join(`${dir}.tmp`, file), { recursive: true });
			rmSync(dir, { recursive: true, force: true });
			renameSync(`${dir}.tmp`, dir);
			writeFileSync(cached, JSON.stringify(summary));
			indexed++;
		}
		// Used now: kept by the pruning below.
		utimesSync(cached, new Date(), new Date());
		summaries.push(summary);
		shards.push({ id, plans: plans.map((p) => p.slug), provinces: [...new Set(plans.map((p) => p.province))], ...bundleFiles(dir) });
	}
	pruneCache(cacheDir);
	if (shards.length > 0 && !existsSync(join(out, 'pagefind.js'))) throw new Error(`Pagefind's pagefind.js is missing from ${out}; delete ${cacheDir} and build again.`);
	// Shards, tables and files of earlier builds that this one did not make (Astro keeps files it did not write).
	const keep = new Set([SHARD_DIR, 'pagefind.js', MANIFEST, FOLD_TABLE]);
	for (const name of readdirSync(out)) if (!keep.has(name)) rmSync(join(out, name), { recursive: true, force: true });
	const current = new Set(shards.map((s) => s.id));
	for (const name of readdirSync(shardsDir)) if (!current.has(name) && !WASM.test(name)) rmSync(join(shardsDir, name), { recursive: true, force: true });
	for (const [file, table] of routeTables(summaries.map((s) => s.tokens))) {
		mkdirSync(dirname(join(out, file)), { recursive: true });
		writeFileSync(join(out, file), JSON.stringify(table));
	}
	const first = shards[0];
	if (first) first.chunks = JSON.parse(readFileSync(join(shardsDir, first.id, CHUNK_TABLE), 'utf8')) as ChunkTable;
	const manifest: ShardManifest = { shards };
	writeFileSync(join(out, MANIFEST), JSON.stringify(manifest));
	if (shards[0]?.wasm) preloadWasm(site, `/pagefind/${SHARD_DIR}/${shards[0].wasm}`);
	// The browser folds a query with the same table (traditional → simplified pairs).
	const printed = new Set(summaries.flatMap((s) => [...s.printed]));
	const folded = new Set(summaries.flatMap((s) => [...s.folded]));
	writeFileSync(join(out, FOLD_TABLE), JSON.stringify(foldTable(printed, folded, simplify)));
	return { records: summaries.reduce((n, s) => n + s.records, 0), shards: shards.length, indexed };
}

/** The search pages of the built site (Chinese and English). */
const SEARCH_PAGES = ['search/index.html', 'en/search/index.html'];
const WASM_PRELOAD = /<link rel="preload" href="[^"]*\.pagefind" as="fetch" crossorigin="anonymous"(?: fetchpriority="low")? data-wasm>/;

/**
 * Adds to the search pages a preload of the WebAssembly every search loads (its name, a digest, is
 * known only once the index is written): on a slow network it arrives with the page's own files
 * instead of after the search script has run and read the shard list (~430 ms sooner on slow 4G).
 */
function preloadWasm(site: string, href: string): void {
	// Low priority: the page's own script, styles and the search tables come first (the script must run
	// before the routing files and the index chunks are asked for); the WebAssembly is needed after them.
	const link = `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous" fetchpriority="low" data-wasm>`;
	for (const page of SEARCH_PAGES) {
		const file = join(site, page);
		if (!existsSync(file)) continue;
		const html = readFileSync(file, 'utf8');
		const next = WASM_PRELOAD.test(html) ? html.replace(WASM_PRELOAD, link) : html.replace('</head>', `${link}</head>`);
		if (next !== html) writeFileSync(file, next);
	}
}

/** Builds the sharded search index of the finished site through Pagefind's Node API, as Starlight builds its index. */
export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'plan-portal:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const report = await writePagefindIndex(fileURLToPath(dir));
				logger.info(`Pagefind: ${report.records} records (paragraphs, targets, projects) in ${report.shards} shards, ${report.indexed} indexed now, in ${Math.round(performance.now() - started)} ms.`);
			},
		},
	};
}
