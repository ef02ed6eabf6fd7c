import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openCache, seedKey } from './cache.ts';
import { ConvertError } from './errors.ts';
import { decodeSeed } from './lines.ts';
import { parsePlansYaml } from './metadata.ts';
import { convertPlan } from './plan.ts';

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
 * Each output is written as soon as it is made (memory stays flat with the corpus); a seed unchanged
 * since its output was written (same bytes, plans.yaml entry and converter code: src/convert/cache.ts)
 * is skipped unless `check` or `cache: false`. `skipped` counts those.
 */
export function run(options: Options & { cache?: boolean }): { written: string[]; stale: string[]; skipped: number } {
	const yamlPath = join(options.seeds, 'plans.yaml');
	const metas = existsSync(yamlPath) ? parsePlansYaml(readFileSync(yamlPath, 'utf8'), yamlPath) : [];
	const files = readdirSync(options.seeds).filter((f) => f.endsWith('.txt')).sort();
	for (const meta of metas) {
		if (!files.includes(meta.file)) throw new ConvertError(yamlPath, null, `entry "${meta.slug}" names ${meta.file}, which is not in ${options.seeds}/`);
	}
	const cache = !options.check && options.cache !== false ? openCache(options.out) : null;
	if (!options.check) mkdirSync(options.out, { recursive: true });
	const outputs = new Set<string>();
	const stale: string[] = [];
	let skipped = 0;
	for (const file of files) {
		const bytes = readFileSync(join(options.seeds, file));
		const meta = metas.find((m) => m.file === file);
		const key = cache ? seedKey(file, bytes, meta) : '';
		const reused = cache?.reuse(file, key, options.out);
		if (reused && !outputs.has(reused)) {
			outputs.add(reused);
			skipped++;
			continue;
		}
		const { plan, mdx } = convertPlan(file, decodeSeed(bytes, file), meta);
		const target = `${plan.slug}.mdx`;
		if (outputs.has(target)) throw new ConvertError(file, null, `slug "${plan.slug}" is already used by another seed`);
		outputs.add(target);
		const path = join(options.out, target);
		if (existsSync(path) && readFileSync(path, 'utf8') === mdx) {
			cache?.record(file, key, options.out, target);
			continue;
		}
		stale.push(target);
		if (options.check) continue;
		writeFileSync(path, mdx);
		cache?.record(file, key, options.out, target);
	}
	const existing = existsSync(options.out) ? readdirSync(options.out).filter((f) => f.endsWith('.mdx')) : [];
	const removed = existing.filter((name) => !outputs.has(name));
	stale.push(...removed);
	if (options.check) return { written: [], stale, skipped };
	for (const name of removed) rmSync(join(options.out, name));
	cache?.save(files);
	return { written: [...outputs], stale, skipped };
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
