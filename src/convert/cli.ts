import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { memoryStash, openCache, seedKey, type MdxStash, type SlugInfo } from './cache.ts';
import { ConvertError } from './errors.ts';
import { decodeSeed } from './lines.ts';
import { createHash } from 'node:crypto';
import { assignSlugs, parsePlansYaml, slugCandidates, type PlanMeta } from './metadata.ts';
import { convertPlan, withHistory, type Converted } from './plan.ts';
import { formatLedger, parseLedger, type Ledger } from './ledger.ts';
import { versionList } from './history.ts';
import { compareVersions } from './changes.ts';
import { statusRank } from '../shared/ids.ts';

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

/** One plan's texts: the seeds that are versions of it (curated entries sharing a slug; else one seed) and its ledger's name. */
interface Group {
	ledger: string;
	members: { file: string; meta: PlanMeta | undefined }[];
}

/** Seeds grouped into plans: plans.yaml entries with one slug are one plan; a seed without an entry is a plan of its own. */
function groupSeeds(files: string[], metas: PlanMeta[]): Group[] {
	const groups = new Map<string, Group>();
	for (const file of files) {
		const meta = metas.find((m) => m.file === file);
		const name = meta ? meta.slug : file.replace(/\.[^.]+$/, '');
		const group = groups.get(name) ?? { ledger: name, members: [] };
		group.members.push({ file, meta });
		groups.set(name, group);
	}
	return [...groups.values()];
}

/** The order a group's texts are recorded in: those the ledger knows in its order, then new ones by date and status. */
function recordOrder(group: Group, ledger: Ledger | null, sha: (file: string) => string): Group['members'] {
	const known = (m: Group['members'][number]) => ledger?.versions.findIndex((v) => v.file === m.file && v.sha256 === sha(m.file)) ?? -1;
	return [...group.members].sort((a, b) => {
		const ka = known(a);
		const kb = known(b);
		if (ka >= 0 || kb >= 0) return ka < 0 ? 1 : kb < 0 ? -1 : ka - kb;
		const da = a.meta?.date ?? '';
		const db = b.meta?.date ?? '';
		if (da && db && da !== db) return da < db ? -1 : 1;
		return statusRank(a.meta?.status ?? null) - statusRank(b.meta?.status ?? null) || (a.file < b.file ? -1 : 1);
	});
}

/**
 * Converts every seeds/*.txt into content/plans/<slug>.mdx (the latest text of each plan) and
 * content/plans/versions/<slug>--<version key>.mdx (its earlier texts), or with --check reports what
 * would change. Texts of one plan are converted in the order their ledger (seeds/ids/<plan>.json,
 * src/convert/ledger.ts) recorded them, new ones last, so each keeps the ids published before; the
 * ledgers are written (or, with --check, compared) too.
 * Slugs are unique across the corpus (metadata.ts assignSlugs over every plan's candidates), so a
 * plan's slug can depend on other plans: the slug pass runs over all plans every time. A plan whose
 * seeds, plans.yaml entries, ledger and converter code are unchanged since it was last converted
 * (src/convert/cache.ts) is not converted again — its slug facts and MDX come from the cache — and its
 * output is left alone when its resolved slug is the one it was written under and the file is
 * untouched. `check` and `cache: false` never use the cache. `skipped` counts outputs left alone.
 */
export function run(options: Options & { cache?: boolean }): { written: string[]; stale: string[]; skipped: number; ledgers: string[] } {
	const yamlPath = join(options.seeds, 'plans.yaml');
	const metas = existsSync(yamlPath) ? parsePlansYaml(readFileSync(yamlPath, 'utf8'), yamlPath) : [];
	const files = readdirSync(options.seeds).filter((f) => f.endsWith('.txt')).sort();
	for (const meta of metas) {
		if (!files.includes(meta.file)) throw new ConvertError(yamlPath, null, `entry "${meta.slug}" names ${meta.file}, which is not in ${options.seeds}/`);
	}
	const ledgerDir = join(options.seeds, 'ids');
	const cache = !options.check && options.cache !== false ? openCache(options.out) : null;
	const stash: MdxStash = cache ?? memoryStash();
	const bytesOf = new Map(files.map((f) => [f, readFileSync(join(options.seeds, f))]));
	// SHA-256 of each seed's decoded text (what the plan records as its version's sha256), once per file.
	const shas = new Map<string, string>();
	const sha = (file: string): string => {
		let digest = shas.get(file);
		if (!digest) shas.set(file, (digest = createHash('sha256').update(decodeSeed(bytesOf.get(file) as Uint8Array, file)).digest('hex')));
		return digest;
	};
	const ledgerTexts = new Map<string, string>();
	// Pass 1: every plan converted (or its facts taken from the cache), its texts in ledger order.
	const plans = groupSeeds(files, metas).flatMap((group) => {
		const ledgerPath = join(ledgerDir, `${group.ledger}.json`);
		const before = existsSync(ledgerPath) ? readFileSync(ledgerPath, 'utf8') : '';
		// A text's cache key covers every text of its plan and the plan's ledger. Outputs are recorded under
		// the ledger they wrote, which is the ledger the next run reads: an unchanged plan is then skipped.
		const seedKeys = group.members.map((m) => seedKey(m.file, bytesOf.get(m.file) as Uint8Array, m.meta)).join('\0');
		const keyFor = (ledgerText: string) => (file: string) => createHash('sha256').update(`${ledgerText}\0${seedKeys}\0${file}`).digest('hex');
		const keyOf = keyFor(before);
		const cached = group.members.map((m) => cache?.lookup(m.file, keyOf(m.file)) ?? null);
		if (cached.every((c) => c !== null)) {
			ledgerTexts.set(group.ledger, before);
			return group.members.map((m, k) => ({ file: m.file, key: keyOf(m.file), info: cached[k] as SlugInfo, group: group.ledger }));
		}
		let ledger = before ? parseLedger(before, ledgerPath) : null;
		// A curated plan whose page exists but has no ledger yet was published with line-based ids: keep them as aliases.
		const slug = group.members.find((m) => m.meta)?.meta?.slug;
		const publishedBefore = ledger === null && slug !== undefined && existsSync(join(options.out, `${slug}.mdx`));
		const converted = new Map<string, Converted>();
		for (const m of recordOrder(group, ledger, sha)) {
			const result = convertPlan(m.file, decodeSeed(bytesOf.get(m.file) as Uint8Array, m.file), m.meta, ledger, { publishedBefore });
			ledger = result.ledger;
			converted.set(m.file, result);
		}
		const final = ledger as Ledger;
		const kept = new Set(group.members.map((m) => `${m.file}\0${sha(m.file)}`));
		const versions = versionList(final, (file, digest) => kept.has(`${file}\0${digest}`));
		// Every two kept texts compared (earlier → later), for the latest text's changes pages.
		const snapshots = versions.flatMap((v) => {
			const c = [...converted.values()].find((x) => x.plan.source.file === v.file && x.plan.source.sha256 === v.sha256);
			return c ? [{ key: v.key, units: c.units, indicators: c.plan.indicators, projects: c.plan.projects }] : [];
		});
		const changes = snapshots.flatMap((a, i) => snapshots.slice(i + 1).map((b) => compareVersions(a, b)));
		const after = formatLedger(final);
		ledgerTexts.set(group.ledger, after);
		return group.members.map((m) => {
			const result = withHistory(converted.get(m.file) as Converted, versions, final, changes);
			const key = keyFor(after)(m.file);
			stash.put(key, result.mdx);
			const latest = versions[versions.length - 1]?.key === result.plan.version?.key;
			const curated = m.meta !== undefined;
			const info: SlugInfo = {
				slugs: curated ? [result.plan.slug] : slugCandidates(result.plan.region, m.file),
				curated,
				code: result.plan.region.code,
				own: result.plan.slug,
				version: latest ? null : (result.plan.version?.key ?? null),
			};
			return { file: m.file, key, info, group: group.ledger };
		});
	});
	// Slugs unique across the corpus: inferred plans that share a region name take their city too. Earlier versions follow their plan's slug.
	const latest = plans.filter((p) => !p.info.version);
	const slugs = assignSlugs(latest.map(({ info }) => info));
	const slugOfGroup = new Map(latest.map((p, k) => [p.group, slugs[k] as string]));
	const targets = new Set<string>();
	const outputOf = (p: (typeof plans)[number]) => {
		const slug = slugOfGroup.get(p.group) ?? p.info.own;
		return { slug, target: p.info.version ? `versions/${slug}--${p.info.version}.mdx` : `${slug}.mdx` };
	};
	for (const p of plans) {
		const { slug, target } = outputOf(p);
		if (targets.has(target)) throw new ConvertError(p.file, null, p.info.version ? `version ${p.info.version} of "${slug}" is given by two seeds` : `slug "${slug}" is already used by another seed`);
		targets.add(target);
	}
	// Pass 2: each output under its resolved slug; re-rendered only when that slug is not the plan's own.
	if (!options.check) mkdirSync(options.out, { recursive: true });
	const stale: string[] = [];
	let skipped = 0;
	for (const p of plans) {
		const { slug, target } = outputOf(p);
		if (cache?.fresh(p.file, p.key, options.out, target)) {
			skipped++;
			continue;
		}
		let mdx = slug === p.info.own ? stash.get(p.key) : null;
		if (mdx === null) {
			// Only a plan of one text is renamed by the slug pass (a curated plan's slug is its own).
			const ledgerText = ledgerTexts.get(p.group) ?? '';
			const result = convertPlan(p.file, decodeSeed(bytesOf.get(p.file) as Uint8Array, p.file), metas.find((m) => m.file === p.file), ledgerText ? parseLedger(ledgerText, join(ledgerDir, `${p.group}.json`)) : null);
			mdx = withHistory({ ...result, plan: { ...result.plan, slug } }, result.plan.versions, result.ledger).mdx;
		}
		const path = join(options.out, target);
		if (!existsSync(path) || readFileSync(path, 'utf8') !== mdx) {
			stale.push(target);
			if (options.check) continue;
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, mdx);
		}
		cache?.record(p.file, p.key, p.info, options.out, target);
	}
	// Ledgers: written beside the seeds (compared with --check).
	const ledgers: string[] = [];
	for (const [name, text] of ledgerTexts) {
		const path = join(ledgerDir, `${name}.json`);
		if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
		ledgers.push(`ids/${name}.json`);
		if (options.check) continue;
		mkdirSync(ledgerDir, { recursive: true });
		writeFileSync(path, text);
	}
	const existing = existsSync(options.out) ? readdirSync(options.out).filter((f) => f.endsWith('.mdx')) : [];
	const existingVersions = existsSync(join(options.out, 'versions')) ? readdirSync(join(options.out, 'versions')).filter((f) => f.endsWith('.mdx')).map((f) => `versions/${f}`) : [];
	const removed = [...existing, ...existingVersions].filter((name) => !targets.has(name));
	stale.push(...removed);
	if (options.check) return { written: [], stale, skipped, ledgers };
	for (const name of removed) rmSync(join(options.out, name));
	if (existsSync(join(options.out, 'versions')) && readdirSync(join(options.out, 'versions')).length === 0) rmSync(join(options.out, 'versions'), { recursive: true });
	cache?.save(files);
	return { written: [...targets], stale, skipped, ledgers };
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
	try {
		const options = parseArgs(process.argv.slice(2));
		const { written, stale, skipped, ledgers } = run(options);
		if (options.check) {
			if (stale.length > 0 || ledgers.length > 0) {
				if (stale.length > 0) console.error(`convert --check: ${stale.length} file(s) in ${options.out} differ from the seeds: ${stale.join(', ')}`);
				if (ledgers.length > 0) console.error(`convert --check: ${ledgers.length} id ledger(s) in ${options.seeds} are not up to date: ${ledgers.join(', ')}`);
				console.error('Run `npm run convert` and commit the result.');
				process.exitCode = 1;
			} else console.log(`convert --check: ${options.out} and the id ledgers are up to date`);
		} else console.log(`convert: ${written.length} text(s) in ${options.out}: ${stale.length} changed, ${skipped} unchanged seed(s) skipped${ledgers.length ? `; id ledgers written: ${ledgers.join(', ')}` : ''}`);
	} catch (error) {
		console.error(error instanceof ConvertError ? `convert failed: ${error.message}` : error);
		process.exitCode = 1;
	}
}
