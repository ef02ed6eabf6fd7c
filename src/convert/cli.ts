import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { memoryStash, openCache, seedKey, type MdxStash, type SlugInfo } from './cache.ts';
import { ConvertError } from './errors.ts';
import { decodeSeed } from './lines.ts';
import { renderMdx } from './mdx.ts';
import { assignSlugs, parsePlansYaml, slugCandidates } from './metadata.ts';
import { convertPlan, type Converted } from './plan.ts';

interface Options {
	seeds: string;
	out: string;
	check: boolean;
}

function parseArgs(argv: string[]): Options {
	const options: Options = { seeds: 'seeds', out: 'content/plans', check: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--check') options.check = true;
		else if (arg === '--seeds') options.seeds = argv[++i] ?? options.seeds;
		else if (arg === '--out') options.out = argv[++i] ?? options.out;
		else throw new Error(`unknown argument ${arg}; usage: convert [--check] [--seeds dir] [--out dir]`);
	}
	return options;
}

/**
 * Converts every seeds/*.txt into content/plans/<slug>.mdx, or with --check reports what would change.
 * Slugs are unique across the corpus (metadata.ts assignSlugs over every plan's candidates), so a
 * plan's slug can depend on other plans: the slug pass runs over all plans every time. A seed
 * unchanged since it was last converted (same bytes, plans.yaml entry and converter code:
 * src/convert/cache.ts) is not converted again — its slug facts and MDX come from the cache — and its
 * output is left alone when its resolved slug is the one it was written under and the file is
 * untouched. `check` and `cache: false` never use the cache. `skipped` counts outputs left alone.
 * Converted MDX waits for the slug pass in the cache folder (in memory without the cache).
 */
export function run(options: Options & { cache?: boolean }): { written: string[]; stale: string[]; skipped: number } {
	const yamlPath = join(options.seeds, 'plans.yaml');
	const metas = existsSync(yamlPath) ? parsePlansYaml(readFileSync(yamlPath, 'utf8'), yamlPath) : [];
	const files = readdirSync(options.seeds).filter((f) => f.endsWith('.txt')).sort();
	for (const meta of metas) {
		if (!files.includes(meta.file)) throw new ConvertError(yamlPath, null, `entry "${meta.slug}" names ${meta.file}, which is not in ${options.seeds}/`);
	}
	const cache = !options.check && options.cache !== false ? openCache(options.out) : null;
	const stash: MdxStash = cache ?? memoryStash();
	const convert = (file: string, bytes: Uint8Array): Converted => convertPlan(file, decodeSeed(bytes, file), metas.find((m) => m.file === file));
	// Pass 1: every plan's slug facts, from the cache or a fresh conversion (whose MDX is stashed).
	const plans = files.map((file) => {
		const bytes = readFileSync(join(options.seeds, file));
		const meta = metas.find((m) => m.file === file);
		const key = seedKey(file, bytes, meta);
		const cached = cache?.lookup(file, key);
		if (cached) return { file, key, info: cached };
		const result = convert(file, bytes);
		const curated = meta !== undefined;
		stash.put(key, result.mdx);
		const info: SlugInfo = { slugs: curated ? [result.plan.slug] : slugCandidates(result.plan.region, file), curated, code: result.plan.region.code, own: result.plan.slug };
		return { file, key, info };
	});
	// Slugs unique across the corpus: inferred plans that share a region name take their city too.
	const slugs = assignSlugs(plans.map(({ info }) => info));
	const targets = new Set<string>();
	plans.forEach(({ file }, k) => {
		const target = `${slugs[k] as string}.mdx`;
		if (targets.has(target)) throw new ConvertError(file, null, `slug "${slugs[k]}" is already used by another seed`);
		targets.add(target);
	});
	// Pass 2: each output under its resolved slug; re-rendered only when that slug is not the plan's own.
	if (!options.check) mkdirSync(options.out, { recursive: true });
	const stale: string[] = [];
	let skipped = 0;
	plans.forEach(({ file, key, info }, k) => {
		const slug = slugs[k] as string;
		const target = `${slug}.mdx`;
		if (cache?.fresh(file, key, options.out, target)) {
			skipped++;
			return;
		}
		let mdx = slug === info.own ? stash.get(key) : null;
		if (mdx === null) {
			const result = convert(file, readFileSync(join(options.seeds, file)));
			mdx = slug === result.plan.slug ? result.mdx : renderMdx({ ...result.plan, slug }, result.nodes);
		}
		const path = join(options.out, target);
		if (!existsSync(path) || readFileSync(path, 'utf8') !== mdx) {
			stale.push(target);
			if (options.check) return;
			writeFileSync(path, mdx);
		}
		cache?.record(file, key, info, options.out, target);
	});
	const existing = existsSync(options.out) ? readdirSync(options.out).filter((f) => f.endsWith('.mdx')) : [];
	const removed = existing.filter((name) => !targets.has(name));
	stale.push(...removed);
	if (options.check) return { written: [], stale, skipped };
	for (const name of removed) rmSync(join(options.out, name));
	cache?.save(files);
	return { written: [...targets], stale, skipped };
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
	try {
		const options = parseArgs(process.argv.slice(2));
		const { written, stale, skipped } = run(options);
		if (options.check) {
			if (stale.length > 0) {
				console.error(`convert --check: ${stale.length} file(s) in ${options.out} differ from the seeds: ${stale.join(', ')}\nRun \`npm run convert\` and commit the result.`);
				process.exitCode = 1;
			} else console.log(`convert --check: ${options.out} is up to date`);
		} else console.log(`convert: ${written.length} plan(s) in ${options.out}: ${stale.length} changed, ${skipped} unchanged seed(s) skipped`);
	} catch (error) {
		console.error(error instanceof ConvertError ? `convert failed: ${error.message}` : error);
		process.exitCode = 1;
	}
}
