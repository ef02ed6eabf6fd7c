// The sharded search index (src/integrations/pagefind.ts, src/lib/search/shards.ts) of the real
// build: every plan in exactly one shard, the routing table pointing at shards that exist, and a
// rebuild re-indexing only the shard whose plan changed — with the same result as a full build.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { chunkTableOf, writePagefindIndex } from '../../src/integrations/pagefind.ts';
import { CHUNK_TABLE, type ChunkTable } from '../../src/lib/search/chunks.ts';
import { decodeShardSet, MANIFEST, ROUTE_DIR, routeFile, SHARD_DIR, type ShardManifest } from '../../src/lib/search/shards.ts';

const dist = inject('dist');
const work = mkdtempSync(join(tmpdir(), 'plan-search-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const manifestOf = (site: string) => JSON.parse(readFileSync(join(site, 'pagefind', MANIFEST), 'utf8')) as ShardManifest;
/** Every file of the index folder with its bytes, for comparing two builds. */
function indexFiles(site: string): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (dir: string, rel: string) => {
		for (const name of readdirSync(dir, { withFileTypes: true })) {
			if (name.isDirectory()) walk(join(dir, name.name), `${rel}${name.name}/`);
			else out.set(`${rel}${name.name}`, readFileSync(join(dir, name.name)).toString('base64'));
		}
	};
	walk(join(site, 'pagefind'), '');
	return out;
}

describe('the built search index', () => {
	const manifest = manifestOf(dist);
	const plans = (JSON.parse(readFileSync(join(dist, 'data', 'plans.json'), 'utf8')) as { slug: string }[]).map((p) => p.slug);

	it('holds every plan in exactly one shard, shards in the site order, each a Pagefind bundle', () => {
		expect(manifest.shards.flatMap((s) => s.plans)).toEqual(plans);
		expect(manifest.shards.length).toBeGreaterThan(1);
		for (const shard of manifest.shards) expect(existsSync(join(dist, 'pagefind', SHARD_DIR, shard.id, 'pagefind-entry.json'))).toBe(true);
		// Nothing else in the shards' folder but the WebAssembly they share.
		const extra = readdirSync(join(dist, 'pagefind', SHARD_DIR)).filter((name) => !manifest.shards.some((s) => s.id === name));
		expect(extra).toHaveLength(1);
		expect(extra[0]).toMatch(/^wasm\..*\.pagefind$/);
		for (const shard of manifest.shards) {
			const entry = JSON.parse(readFileSync(join(dist, 'pagefind', SHARD_DIR, shard.id, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string }> };
			for (const language of Object.values(entry.languages)) expect(new URL(`/pagefind/${SHARD_DIR}/${shard.id}/wasm.${language.wasm}.pagefind`, 'https://x').pathname).toBe(`/pagefind/${SHARD_DIR}/${extra[0]}`);
		}
	});

	it('lists beside each shard the index chunks of its Pagefind metadata, each a file of the shard', () => {
		for (const shard of manifest.shards) {
			const dir = join(dist, 'pagefind', SHARD_DIR, shard.id);
			const table = JSON.parse(readFileSync(join(dir, CHUNK_TABLE), 'utf8')) as ChunkTable;
			expect(table).toEqual(chunkTableOf(readFileSync(join(dir, shard.meta!)), shard.meta!));
			expect(table.length).toBeGreaterThan(0);
			expect(table.map(([, , hash]) => `${hash}.pf_index`).sort()).toEqual(readdirSync(join(dir, 'index')).sort());
			// In word order, each range after the one before.
			for (const [k, [from, to]] of table.entries()) {
				expect(from <= to || /[^\x00-\x7f]/.test(to)).toBe(true);
				if (k > 0) expect(table[k - 1]![1] < from).toBe(true);
			}
		}
		// The first shard's list travels in the shard list too (most first results come from it); only its.
		expect(manifest.shards[0]!.chunks).toEqual(JSON.parse(readFileSync(join(dist, 'pagefind', SHARD_DIR, manifest.shards[0]!.id, CHUNK_TABLE), 'utf8')));
		expect(manifest.shards.slice(1).every((s) => s.chunks === undefined)).toBe(true);
		expect(() => chunkTableOf(new Uint8Array([1, 2, 3]), 'x.pf_meta')).toThrow(/x\.pf_meta could not be read as Pagefind 1\.x writes it/);
	});

	it('routes every token to shards that exist, and 婴儿 to the shards whose plans print it', () => {
		const files = readdirSync(join(dist, 'pagefind', ROUTE_DIR));
		expect(files.length).toBeGreaterThan(500);
		for (const file of files) {
			const table = JSON.parse(readFileSync(join(dist, 'pagefind', ROUTE_DIR, file), 'utf8')) as Record<string, string>;
			for (const hex of Object.values(table)) for (const k of decodeShardSet(hex)) expect(k).toBeLessThan(manifest.shards.length);
		}
		// The plan text of a page (not its header, whose search box suggests 婴儿死亡率 on every page).
		const planText = (slug: string) => /data-pagefind-body[^]*?<\/article>/.exec(readFileSync(join(dist, 'plans', slug, 'index.html'), 'utf8'))?.[0] ?? '';
		const infant = manifest.shards.filter((s) => s.plans.some((slug) => planText(slug).includes('婴儿')));
		expect(infant.length).toBeLessThan(manifest.shards.length);
		const table = JSON.parse(readFileSync(join(dist, 'pagefind', routeFile('婴')), 'utf8')) as Record<string, string>;
		expect(decodeShardSet(table['婴儿']!).map((k) => manifest.shards[k]!.id)).toEqual(infant.map((s) => s.id));
	});
});

describe('rebuilding the index after one plan changed', () => {
	it('re-indexes only that plan’s shard, and ends where a full build of the changed site ends', async () => {
		const site = join(work, 'site');
		cpSync(dist, site, { recursive: true });
		const cache = join(work, 'cache');
		// Warm: the copy's index is rebuilt whole with an empty cache, then kept whole.
		expect((await writePagefindIndex(site, { cacheDir: cache })).indexed).toBe(manifestOf(dist).shards.length);
		expect((await writePagefindIndex(site, { cacheDir: cache })).indexed).toBe(0);
		// One plan's page changes (a paragraph's text), and the index is built again.
		const { shards } = manifestOf(site);
		const changed = shards.at(-1)!.plans[0]!;
		const page = join(site, 'plans', changed, 'index.html');
		const html = readFileSync(page, 'utf8');
		const edited = html.replace(/(<p id="p-\d+"[^>]*>)/, '$1负压救护车测试修订');
		expect(edited).not.toBe(html);
		writeFileSync(page, edited);
		const report = await writePagefindIndex(site, { cacheDir: cache });
		expect(report.indexed).toBe(1);
		const after = manifestOf(site);
		expect(after.shards.map((s) => s.id).filter((id) => !shards.some((s) => s.id === id))).toHaveLength(1);
		// The same site indexed from nothing.
		const fresh = join(work, 'fresh');
		cpSync(site, fresh, { recursive: true });
		rmSync(join(fresh, 'pagefind'), { recursive: true });
		await writePagefindIndex(fresh, { cacheDir: join(work, 'cache-fresh') });
		expect(indexFiles(site)).toEqual(indexFiles(fresh));
	});
});
