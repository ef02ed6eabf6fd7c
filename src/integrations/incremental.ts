// Incremental builds: a plan's own pages (its page and its target pages, Chinese and English) depend
// only on its content file and on the site's code, so a rebuild renders them only for plans whose file
// changed. Astro renders every route it is given and empties the output folder first; this
// integration keeps the folder (vite.build.emptyOutDir: false), empties it itself when anything but
// plan files changed, tells the per-plan routes which plans are fresh (src/lib/incremental.ts), and
// removes the pages of plans that are gone. Pages that list or compare plans are always rendered.
// (Astro 7.2's experimental.incrementalBuild skips pages by a `cacheKey` from getStaticPaths, but keeps a
// second copy of every page in its cache folder and cannot skip pages without getStaticPaths.)
//
// State: <cacheDir>/plan-pages-<hash of outDir>.json, written only after a build succeeded and deleted when one starts
// (an interrupted build is followed by a full one).
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FRESH_ENV } from '../lib/incremental.ts';
import { urls } from '../lib/urls.ts';

interface Manifest {
	site: string;
	outDir: string;
	/** Plan file name → sha256 of its contents, as built. */
	plans: Record<string, string>;
	/** Every page file in the output folder (relative paths), to delete those a later build no longer makes. */
	files: string[];
}

/** Everything but the plan files that pages are made from. */
const SITE_INPUTS = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Digest of every file under `path` (sorted, with names), or of the file itself. */
function digestTree(root: string, path: string, hash: ReturnType<typeof createHash>): void {
	const full = join(root, path);
	if (!existsSync(full)) return;
	if (statSync(full).isDirectory()) {
		for (const name of readdirSync(full).sort()) digestTree(root, join(path, name), hash);
	} else hash.update(`${path}\0`).update(readFileSync(full)).update('\0');
}

/** Digest of the site's code, the translations and the settings that change every page. */
export function siteDigest(root: string, contentDir: string): string {
	const hash = createHash('sha256');
	for (const input of SITE_INPUTS) digestTree(root, input, hash);
	digestTree(root, relative(root, join(contentDir, 'en')), hash);
	hash.update(`${process.env.SITE_URL ?? ''}\0${resolve(contentDir)}`);
	return hash.digest('hex');
}

/** Plan file name → sha256 of its contents, for every `*.mdx` directly in `contentDir`. */
export function planDigests(contentDir: string): Record<string, string> {
	if (!existsSync(contentDir)) return {};
	return Object.fromEntries(
		readdirSync(contentDir)
			.filter((f) => f.endsWith('.mdx'))
			.sort()
			.map((f) => [f, sha(readFileSync(join(contentDir, f)))]),
	);
}

/** The folders above a relative file path, each with its trailing slash: `a/b/c.html` → `a/`, `a/b/`. */
function parentFolders(file: string): string[] {
	const parts = file.split('/').slice(0, -1);
	return parts.map((_, k) => `${parts.slice(0, k + 1).join('/')}/`);
}

/** Empties `dir` (keeping `.git`), as Astro does before a full build. */
function emptyDir(dir: string): void {
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir)) if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
}

/** Removes `dir` and its parents up to (not including) `root` while they are empty. */
function removeEmptyParents(root: string, dir: string): void {
	for (let d = resolve(dir); d.startsWith(resolve(root)) && d !== resolve(root); d = resolve(d, '..')) {
		if (!existsSync(d) || readdirSync(d).length > 0) return;
		rmSync(d, { recursive: true });
	}
}

let keptNow: string[] = [];

/**
 * The pages this build keeps from the last one without rendering them (fresh plans' pages), as URL
 * paths (`plans/x/index.html` → `/plans/x/`): Astro's list of built pages leaves them out, and the
 * sitemap must still list them (src/integrations/open-web.ts).
 */
export function keptPagePaths(): string[] {
	return keptNow.filter((file) => file.endsWith('/index.html')).map((file) => `/${file.slice(0, -'index.html'.length)}`);
}

/** See the file comment. `contentDir` is the plan folder the content config loads (PLAN_CONTENT_DIR). */
export function incrementalIntegration(contentDir: string): AstroIntegration {
	let root = '';
	let outDir = '';
	let manifestPath = '';
	let site = '';
	let current: Record<string, string> = {};
	let kept: string[] = [];
	let previousFiles: string[] = [];
	return {
		name: 'plan-portal:incremental',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				outDir = fileURLToPath(config.outDir);
				// One manifest per output folder, so builds into different folders stay incremental each.
				manifestPath = join(fileURLToPath(config.cacheDir), `plan-pages-${sha(outDir).slice(0, 12)}.json`);
			},
			'astro:build:start': ({ logger }) => {
				const plans = resolve(root, contentDir);
				site = siteDigest(root, plans);
				current = planDigests(plans);
				let previous: Manifest | null = null;
				try {
					previous = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : null;
				} catch {
					previous = null;
				}
				rmSync(manifestPath, { force: true });
				const reusable = previous !== null && previous.site === site && previous.outDir === outDir && existsSync(outDir);
				const built = (f: string) => (['zh', 'en'] as const).every((locale) => existsSync(join(outDir, urls.plan(f.replace(/\.mdx$/, ''), locale), 'index.html')));
				const fresh = reusable ? Object.keys(current).filter((f) => previous?.plans[f] === current[f] && built(f)) : [];
				// The files of fresh plans' pages stay; every other page file of the last build is made again
				// or, if this build no longer makes it (a removed plan, target or comparison), deleted.
				const folders = new Set(fresh.flatMap((f) => (['zh', 'en'] as const).map((locale) => urls.plan(f.replace(/\.mdx$/, ''), locale).slice(1))));
				previousFiles = reusable ? (previous?.files ?? []) : [];
				// A file is kept when one of its parent folders is a fresh plan's folder (a set lookup per
				// parent: testing every prefix was files × plans, 0.6 s at 300 plans).
				kept = previousFiles.filter((file) => parentFolders(file).some((folder) => folders.has(folder)));
				keptNow = kept;
				if (!reusable) emptyDir(outDir);
				mkdirSync(join(manifestPath, '..'), { recursive: true });
				const freshFile = manifestPath.replace(/\.json$/, '-fresh.json');
				writeFileSync(freshFile, JSON.stringify(fresh));
				process.env[FRESH_ENV] = freshFile;
				logger.info(reusable ? `${Object.keys(current).length - fresh.length} of ${Object.keys(current).length} plans changed, ${Object.keys(previous?.plans ?? {}).filter((f) => !(f in current)).length} removed: rendering their pages and the pages that list or compare plans` : 'full build (first build, or code, settings or translations changed)');
			},
			'astro:build:done': ({ assets }) => {
				const written = [...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url)));
				const files = [...new Set([...written, ...kept])].sort();
				const now = new Set(files);
				for (const file of previousFiles) {
					if (now.has(file)) continue;
					rmSync(join(outDir, file), { force: true });
					removeEmptyParents(outDir, join(outDir, file, '..'));
				}
				delete process.env[FRESH_ENV];
				writeFileSync(manifestPath, JSON.stringify({ site, outDir, plans: current, files } satisfies Manifest));
			},
		},
	};
}
