import { describe, expect, it } from 'vitest';
import { decodeShardSet, encodeShardSet, groupShards, routeFile, routeFilesFor, routeShards, routeTables } from '../../src/lib/search/shards.ts';
import { wordQuery } from '../../src/lib/search/tokens.ts';

const plans = (spec: string) => spec.split(' ').map((p, k) => ({ slug: `p${k}`, province: p }));

describe('plans cut into shards', () => {
	it('runs of one province, at most maxPlans long, in the site order, every plan once', () => {
		const groups = groupShards(plans('皖 闽 鲁 鲁 鲁 鲁 鲁 黑'), 2).map((g) => g.map((p) => p.slug).join(','));
		expect(groups).toEqual(['p0', 'p1', 'p2,p3', 'p4,p5', 'p6', 'p7']);
	});

	it('a plan added to one province leaves the shards of the others as they were', () => {
		const before = groupShards(plans('皖 皖 闽 闽 闽'), 2).map((g) => g.map((p) => p.province + p.slug));
		const after = groupShards([...plans('皖 皖 皖').map((p, k) => ({ ...p, slug: `q${k}` })), ...plans('皖 皖 闽 闽 闽').slice(2)], 2).map((g) => g.map((p) => p.province + p.slug));
		expect(after.slice(-2)).toEqual(before.slice(-2));
	});

	it('refuses a shard of no plans', () => {
		expect(() => groupShards(plans('皖'), 0)).toThrow(/at least one plan/);
	});
});

describe('the routing table', () => {
	it('shard sets survive the hexadecimal form, past 4, 32 and 64 shards', () => {
		for (const set of [[0], [3, 4], [0, 31, 32, 63, 64, 99], []]) expect(decodeShardSet(encodeShardSet(set, 100))).toEqual(set);
		expect(encodeShardSet([0], 1)).toBe('1');
		expect(encodeShardSet([4], 5)).toBe('10');
		expect(() => encodeShardSet([5], 5)).toThrow(/outside/);
	});

	it('files tokens under their first character; a phrase routes to shards holding all its pairs', () => {
		// Shard 0 holds 婴儿死亡率, shard 1 婴儿 and 死亡 apart, shard 2 neither.
		const tables = routeTables([['婴儿', '儿死', '死亡', '亡率', '率'], ['婴儿', '儿童', '死亡'], ['健康']]);
		expect(tables.get(routeFile('婴'))).toEqual({ 婴儿: encodeShardSet([0, 1], 3) });
		const words = [wordQuery([...'婴儿死亡率'])];
		expect(routeFilesFor(words).sort()).toEqual([routeFile('婴'), routeFile('儿'), routeFile('死'), routeFile('亡')].sort());
		expect(routeShards(words, tables, 3)).toEqual([0]);
		expect(routeShards([wordQuery([...'婴儿']), wordQuery([...'死亡'])], tables, 3)).toEqual([0, 1]);
	});

	it('one character routes to every shard holding a token that starts with it; an unknown pair to none', () => {
		const tables = routeTables([['婴儿'], ['儿童'], ['健康', '儿']]);
		expect(routeShards([wordQuery(['儿'])], tables, 3)).toEqual([1, 2]);
		expect(routeShards([wordQuery([...'胸痛'])], tables, 3)).toEqual([]);
		expect(routeShards([], tables, 3)).toEqual([0, 1, 2]);
	});
});
