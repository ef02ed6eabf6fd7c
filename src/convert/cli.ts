import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

/** Converts every seeds/*.txt into content/plans/<slug>.mdx, or with --check reports what would change. */
export function run(options: Options): { written: string[]; stale: string[] } {
	const yamlPath = join(options.seeds, 'plans.yaml');
	const metas = existsSync(yamlPath) ? parsePlansYaml(readFileSync(yamlPath, 'utf8'), yamlPath) : [];
	const files = readdirSync(options.seeds).filter((f) => f.endsWith('.txt')).sort();
	for (const meta of metas) {
		if (!files.includes(meta.file)) throw new ConvertError(yamlPath, null, `entry "${meta.slug}" names ${meta.file}, which is not in ${options.seeds}/`);
	}
	const converted: { file: string; result: Converted; curated: boolean }[] = files.map((file) => {
		const text = decodeSeed(readFileSync(join(options.seeds, file)), file);
		const meta = metas.find((m) => m.file === file);
		return { file, result: convertPlan(file, text, meta), curated: meta !== undefined };
	});
	// Slugs unique across the corpus: inferred plans that share a region name take their city too.
	const slugs = assignSlugs(converted.map(({ file, result, curated }) => ({ slugs: curated ? [result.plan.slug] : slugCandidates(result.plan.region, file), curated, code: result.plan.region.code })));
	const outputs = new Map<string, string>();
	converted.forEach(({ file, result }, k) => {
		const slug = slugs[k] as string;
		const mdx = slug === result.plan.slug ? result.mdx : renderMdx({ ...result.plan, slug }, result.nodes);
		const target = `${slug}.mdx`;
		if (outputs.has(target)) throw new ConvertError(file, null, `slug "${slug}" is already used by another seed`);
		outputs.set(target, mdx);
	});
	const existing = existsSync(options.out) ? readdirSync(options.out).filter((f) => f.endsWith('.mdx')) : [];
	const stale = [
		...[...outputs].filter(([name, mdx]) => !existsSync(join(options.out, name)) || readFileSync(join(options.out, name), 'utf8') !== mdx).map(([n]) => n),
		...existing.filter((name) => !outputs.has(name)),
	];
	if (options.check) return { written: [], stale };
	mkdirSync(options.out, { recursive: true });
	for (const name of existing) if (!outputs.has(name)) rmSync(join(options.out, name));
	for (const [name, mdx] of outputs) writeFileSync(join(options.out, name), mdx);
	return { written: [...outputs.keys()], stale };
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
	try {
		const options = parseArgs(process.argv.slice(2));
		const { written, stale } = run(options);
		if (options.check) {
			if (stale.length > 0) {
				console.error(`convert --check: ${stale.length} file(s) in ${options.out} differ from the seeds: ${stale.join(', ')}\nRun \`npm run convert\` and commit the result.`);
				process.exitCode = 1;
			} else console.log(`convert --check: ${options.out} is up to date`);
		} else console.log(`convert: wrote ${written.length} plan(s) to ${options.out}${stale.length ? ` (${stale.length} changed)` : ''}`);
	} catch (error) {
		console.error(error instanceof ConvertError ? `convert failed: ${error.message}` : error);
		process.exitCode = 1;
	}
}
