import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/convert/cli.ts';
import { CASES_DIR, plan } from '../helpers/fixture.ts';
import { SEED, SEEDS_DIR } from '../helpers/seeds.ts';

const CASES = ['notice-wrapper.txt', 'dash-goals.txt', 'news-lead.txt'];
let work = '';

/** A seeds folder with three of the shared case files, and an output folder. */
function corpus(): { seeds: string; out: string } {
	work = mkdtempSync(join(tmpdir(), 'convert-cache-'));
	const seeds = join(work, 'seeds');
	mkdirSync(seeds);
	for (const name of CASES) copyFileSync(join(CASES_DIR, name), join(seeds, name));
	return { seeds, out: join(work, 'out') };
}

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('convert skips seeds unchanged since their output was written', () => {
	it('converts everything the first time, nothing the second', () => {
		const { seeds, out } = corpus();
		const first = run({ seeds, out, check: false });
		expect(first.skipped).toBe(0);
		expect(first.stale).toHaveLength(CASES.length);
		const second = run({ seeds, out, check: false });
		expect(second.skipped).toBe(CASES.length);
		expect(second.written.sort()).toEqual(first.written.sort());
	});

	it('reconverts only the seed whose text changed, and its output is the fresh conversion', () => {
		const { seeds, out } = corpus();
		const first = run({ seeds, out, check: false });
		const seed = join(seeds, 'dash-goals.txt');
		writeFileSync(seed, `${readFileSync(seed, 'utf8')}\n补充一段新的文字。\n`);
		const second = run({ seeds, out, check: false });
		expect(second.skipped).toBe(CASES.length - 1);
		expect(second.stale).toHaveLength(1);
		const fresh = mkdtempSync(join(work, 'fresh-'));
		run({ seeds, out: fresh, check: false, cache: false });
		for (const name of first.written) expect(readFileSync(join(out, name), 'utf8')).toBe(readFileSync(join(fresh, name), 'utf8'));
	});

	it('reconverts a seed whose output file was edited or deleted by hand', () => {
		const { seeds, out } = corpus();
		const [edited, deleted] = run({ seeds, out, check: false }).written as [string, string];
		const original = readFileSync(join(out, edited), 'utf8');
		writeFileSync(join(out, edited), `${original}\n<!-- hand edit -->`);
		rmSync(join(out, deleted));
		const again = run({ seeds, out, check: false });
		expect(again.skipped).toBe(CASES.length - 2);
		expect(readFileSync(join(out, edited), 'utf8')).toBe(original);
		expect(statSync(join(out, deleted)).isFile()).toBe(true);
	});

	it('--check never trusts the cache: a hand-edited output is reported stale', () => {
		const { seeds, out } = corpus();
		const [name] = run({ seeds, out, check: false }).written as [string];
		const path = join(out, name);
		writeFileSync(path, readFileSync(path, 'utf8').replace('---', '--- '));
		expect(run({ seeds, out, check: true }).stale).toEqual([name]);
	});

	it('a cached plan whose slug another plan changes is written under its new slug, as a fresh conversion writes it', () => {
		// seeds/ 001 (福州市鼓楼区) without its plans.yaml entry is `gulou` alone; a 南京市鼓楼区 plan
		// added beside it sends both to their cities (metadata.ts assignSlugs), without touching 001's text.
		work = mkdtempSync(join(tmpdir(), 'convert-cache-'));
		const seeds = join(work, 'seeds');
		const out = join(work, 'out');
		mkdirSync(seeds);
		copyFileSync(join(SEEDS_DIR, SEED.gulou), join(seeds, SEED.gulou));
		expect(run({ seeds, out, check: false }).written).toEqual(['gulou.mdx']);
		const fresh = (name: string) => {
			const dir = mkdtempSync(join(work, 'fresh-'));
			run({ seeds, out: dir, check: false, cache: false });
			return readFileSync(join(dir, name), 'utf8');
		};
		writeFileSync(join(seeds, 'nanjing.txt'), plan`
			南京市鼓楼区卫生健康事业发展“十四五”规划
			一、总体要求
			到2025年，全区卫生健康服务体系更加完善。
		`);
		const both = run({ seeds, out, check: false });
		expect(both.written.sort()).toEqual(['gulou-fuzhou.mdx', 'gulou-nanjing.mdx']);
		expect(both.stale.sort()).toEqual(['gulou-fuzhou.mdx', 'gulou-nanjing.mdx', 'gulou.mdx']);
		for (const name of both.written) expect(readFileSync(join(out, name), 'utf8')).toBe(fresh(name));
		expect(readFileSync(join(out, 'gulou-fuzhou.mdx'), 'utf8')).toMatch(/^slug: "gulou-fuzhou"$/m);
		expect(run({ seeds, out, check: true }).stale).toEqual([]);
		rmSync(join(seeds, 'nanjing.txt'));
		const alone = run({ seeds, out, check: false });
		expect(alone.written).toEqual(['gulou.mdx']);
		expect(readdirSync(out)).toEqual(['gulou.mdx']);
		expect(readFileSync(join(out, 'gulou.mdx'), 'utf8')).toBe(fresh('gulou.mdx'));
	});
});
