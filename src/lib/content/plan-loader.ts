// The content-layer loader of the plans: like Astro's glob() loader, but each plan body is rendered to
// HTML while loading and kept in the data store as `rendered` (what Astro does for .md entries), instead
// of becoming one MDX module per plan in the Vite server bundle. Measured with `npm run bench`: the
// MDX modules made the bundle step hold ~18 MB per plan and take ~1 s per plan; rendered HTML in the
// store costs only its size. The HTML itself is written beside the store, one file per entry digest
// (src/lib/content/plan-html.ts), so the store that every build serialises, bundles and parses holds
// only the data. Unchanged files are skipped by digest, and Astro keeps the store between builds (in
// its cache directory), so a rebuild re-renders only the plans whose files changed.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { mdxBodyToHtml } from './mdx-html.ts';
import { planHtmlDir, planHtmlFile } from './plan-html.ts';

/** Sources whose change must re-render every plan: the renderer and the schema the data is parsed with. */
const CODE = ['src/lib/content/mdx-html.ts', 'src/lib/content/plan-loader.ts', 'src/lib/content/plan-html.ts', 'src/schema/plan.ts'];

/**
 * A loader of every `*.mdx` file directly in `base` (relative to the project root). Entry id = the
 * frontmatter `slug`, else the file name without `.mdx` (always the file name with `idFromFile`: the
 * earlier versions of a plan share its slug, `content/plans/versions/<slug>--<key>.mdx`). Errors name the file.
 */
export function planLoader(base: string, options: { idFromFile?: boolean; optional?: boolean } = {}): Loader {
	return {
		name: options.idFromFile ? 'plan-portal:versions' : 'plan-portal:plans',
		load: async (context: LoaderContext) => {
			const root = fileURLToPath(context.config.root);
			const dir = resolve(root, base);
			const cacheDir = fileURLToPath(context.config.cacheDir);
			const collection = options.idFromFile ? 'versions' : 'plans';
			const htmlDir = planHtmlDir(cacheDir, collection);
			mkdirSync(htmlDir, { recursive: true });
			const code = CODE.map((path) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : '')).join('\0');
			const codeDigest = context.generateDigest(code);
			const idByFile = new Map<string, string>();
			// The entry each file made in the previous build (kept in the store between builds): an
			// unchanged file is recognised by path and digest alone, without parsing its frontmatter
			// (YAML parsing was most of a rebuild's content sync: ~2.5 s of 3 s at 300 plans).
			const storedByPath = new Map<string, { id: string; digest: string | number | undefined }>();
			for (const [id, entry] of context.store.entries()) if (entry.filePath) storedByPath.set(entry.filePath, { id, digest: entry.digest });

			const sync = async (file: string): Promise<boolean> => {
				const path = join(dir, file);
				const filePath = relative(root, path);
				const contents = readFileSync(path, 'utf8');
				const digest = context.generateDigest(`${codeDigest}\0${contents}`);
				const stored = storedByPath.get(filePath);
				const htmlFile = planHtmlFile(cacheDir, digest, collection);
				if (stored && stored.digest === digest && context.store.get(stored.id)?.digest === digest && existsSync(htmlFile)) {
					idByFile.set(file, stored.id);
					return false;
				}
				const { frontmatter, content } = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
				const id = typeof frontmatter.slug === 'string' && !options.idFromFile ? frontmatter.slug : file.replace(/\.mdx$/, '');
				idByFile.set(file, id);
				const existing = context.store.get(id);
				if (existing && existing.digest === digest && existing.filePath === filePath && existsSync(htmlFile)) return false;
				// A JSON round trip gives the data strings of their own: YAML's scalars are slices of the whole
				// frontmatter text, and V8 would keep each plan's ~200 KB of YAML alive for the whole build.
				const data = JSON.parse(JSON.stringify(await context.parseData({ id, data: frontmatter, filePath: path }))) as Record<string, unknown>;
				let html: string;
				try {
					html = mdxBodyToHtml(content, filePath);
				} catch (cause) {
					throw new Error(`${filePath}: the plan body could not be rendered`, { cause });
				}
				writeFileSync(htmlFile, html);
				context.store.set({ id, data, filePath, digest, rendered: { html: '', metadata: { headings: [], frontmatter: {}, htmlFile } } });
				return true;
			};

			const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : [];
			if (!existsSync(dir) && !options.optional) context.logger.warn(`The plan directory "${dir}" does not exist.`);
			const untouched = new Set(context.store.keys());
			let rendered = 0;
			for (const file of files) {
				if (await sync(file)) rendered++;
				untouched.delete(idByFile.get(file) as string);
			}
			for (const id of untouched) context.store.delete(id);
			// Body files no entry names any more (an edited or removed plan's old version) are deleted.
			const named = new Set(context.store.values().map((entry) => `${entry.digest}.html`));
			for (const name of readdirSync(htmlDir)) if (!named.has(name)) rmSync(join(htmlDir, name), { force: true });
			context.logger.info(`${files.length} plans, ${rendered} (re)rendered, ${untouched.size} removed`);

			// In `astro dev`, follow edits of the plan files.
			const watcher = context.watcher;
			if (!watcher) return;
			watcher.add(dir);
			const onChange = async (path: string) => {
				if (!path.startsWith(dir) || !path.endsWith('.mdx') || relative(dir, path).includes('/')) return;
				await sync(relative(dir, path));
			};
			watcher.on('change', onChange);
			watcher.on('add', onChange);
			watcher.on('unlink', (path: string) => {
				const id = idByFile.get(relative(dir, path));
				if (id) context.store.delete(id);
			});
		},
	};
}
