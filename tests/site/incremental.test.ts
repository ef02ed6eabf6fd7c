import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/convert/cli.ts';
import { ISSUED, seedsWithVersion } from '../helpers/versions.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'plan-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the site from `content` into `outDir` with its own cache folder; returns Astro's log. */
async function build(content: string, outDir: string, cacheDir: string): Promise<string> {
	const { build } = await import('astro');
	process.env.PLAN_CONTENT_DIR = content;
	const log: string[] = [];
	const write = process.stdout.write.bind(process.stdout);
	process.stdout.write = ((chunk: string | Uint8Array) => log.push(String(chunk)) > 0) as typeof process.stdout.write;
	try {
		await build({ root: ROOT, outDir, cacheDir, logLevel: 'info' });
	} finally {
		process.stdout.write = write;
		delete process.env.PLAN_CONTENT_DIR;
	}
	return log.join('');
}

/** Every file under `dir`, relative path → contents. */
function tree(dir: string, root = dir, out = new Map<string, string>()): Map<string, string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) tree(path, root, out);
		else out.set(relative(root, path), readFileSync(path, 'latin1'));
	}
	return out;
}

describe('an incremental build gives the same site as a full build', () => {
	it('after one plan is edited, another removed and a cached body lost, renders only what changed and leaves no stale page', { timeout: 600_000 }, async () => {
		const content = join(work, 'content');
		cpSync(join(ROOT, 'content/plans'), content, { recursive: true });
		const dist = join(work, 'dist');
		expect(await build(content, dist, join(work, 'cache'))).toMatch(/full build/);
		const plans = readdirSync(content).filter((f) => f.endsWith('.mdx')).sort();
		const [edited, removed, kept] = plans as [string, string, string];
		const text = readFileSync(join(content, edited), 'utf8');
		const paragraph = /<p id="p-\d+">([^<*]{8})/.exec(text);
		if (!paragraph?.[1]) throw new Error(`${edited}: no paragraph to edit`);
		writeFileSync(join(content, edited), text.replace(paragraph[1], `${paragraph[1]}（修订）`));
		rmSync(join(content, removed));
		// A rendered body lost from the cache (src/lib/content/plan-html.ts) is rendered again, not missed.
		const bodies = join(work, 'cache', 'plan-html');
		const keptText = /<p id="p-\d+">([^<*\\]{20})/.exec(readFileSync(join(content, kept), 'utf8'))?.[1];
		const lost = readdirSync(bodies).find((name) => keptText && readFileSync(join(bodies, name), 'utf8').includes(keptText));
		if (!lost) throw new Error(`${bodies}: no rendered body of ${kept} after a full build`);
		rmSync(join(bodies, lost));

		const log = await build(content, dist, join(work, 'cache'));
		expect(log).toMatch(new RegExp(`1 of ${plans.length - 1} plans changed, 1 removed`));
		// One body file per plan: the lost one written again, the edited and removed plans' old ones gone.
		expect(readdirSync(bodies)).toHaveLength(plans.length - 1);
		expect(readdirSync(bodies)).toContain(lost);
		const full = join(work, 'full');
		expect(await build(content, full, join(work, 'cache-full'))).toMatch(/full build/);

		const incremental = tree(dist);
		const reference = tree(full);
		expect([...incremental.keys()].sort()).toEqual([...reference.keys()].sort());
		const differing = [...reference].filter(([path, body]) => incremental.get(path) !== body).map(([path]) => path);
		expect(differing).toEqual([]);
		expect(readFileSync(join(dist, 'plans', edited.replace(/\.mdx$/, ''), 'index.html'), 'utf8')).toContain('（修订）');
	});
});

describe('adding a version of a plan', () => {
	it('rebuilds that plan only, and gives the site a full build gives', { timeout: 600_000 }, async () => {
		const dir = join(work, 'versions');
		const content = join(dir, 'content');
		cpSync(join(ROOT, 'content/plans'), content, { recursive: true });
		const dist = join(dir, 'dist');
		expect(await build(content, dist, join(dir, 'cache'))).toMatch(/full build/);
		// The 槐荫区 draft's issued text added beside it, converted into the same content folder.
		seedsWithVersion(ISSUED, 'add', '印发稿', '2021-09-30', dir);
		run({ seeds: join(dir, 'seeds'), out: content, check: false, cache: false });
		const plans = readdirSync(content).filter((f) => f.endsWith('.mdx'));
		const log = await build(content, dist, join(dir, 'cache'));
		expect(log).toMatch(new RegExp(`1 of ${plans.length} plans changed, 0 removed`));
		expect(readFileSync(join(dist, 'plans/huaiyin-jinan/v/2020-11-17-draft/index.html'), 'utf8')).toContain('这不是最新版本');
		const full = join(dir, 'full');
		await build(content, full, join(dir, 'cache-full'));
		const incremental = tree(dist);
		const reference = tree(full);
		expect([...incremental.keys()].sort()).toEqual([...reference.keys()].sort());
		expect([...reference].filter(([path, body]) => incremental.get(path) !== body).map(([path]) => path)).toEqual([]);
	});
});
