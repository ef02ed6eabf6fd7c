import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/convert/cli.ts';
import { ConvertError } from '../../src/convert/errors.ts';
import { assignSlugs, parsePlansYaml, pinyinSlug, regionSlugs, slugFromFile } from '../../src/convert/metadata.ts';
import { convertPlan } from '../../src/convert/plan.ts';
import { UNKNOWN_REGION } from '../../src/schema/plan.ts';
import { convertText, plan } from '../helpers/fixture.ts';
import { converted, metas, SEED, seedText } from '../helpers/seeds.ts';

const bare = (file: string) => convertPlan(file, seedText(file), undefined).plan;

describe('the five seeds converted without their plans.yaml entries', () => {
	it.each([
		[SEED.huaiyin, '槐荫区', '370104', '济南市', '槐荫区卫生健康事业“十四五”发展规划', 'printed'],
		[SEED.gulou, '鼓楼区', '350102', '福州市', '福州市鼓楼区“十四五”卫生健康事业发展专项规划', 'quoted'],
		[SEED.changle, '昌乐县', '370725', '潍坊市', '昌乐县“十四五”卫生与健康规划', 'printed'],
		[SEED.suibin, '绥滨县', '230422', '鹤岗市', '“十四五”医疗卫生规划', 'printed'],
		[SEED.yongqiao, '埇桥区', '341302', '宿州市', '埇桥区卫生健康事业发展“十四五”规划', 'printed'],
	])('%s: region %s %s (%s), title %s (%s)', (file, name, code, city, title, source) => {
		const p = bare(file);
		expect(p.region).toMatchObject({ name, code, city });
		expect(p).toMatchObject({ title, title_source: source });
	});

	it('000 reads its status (（草稿）, line 3) and its closing date 二〇二〇年十一月十七日 (line 283)', () => {
		expect(bare(SEED.huaiyin)).toMatchObject({ status: '草稿', date: '2020-11-17' });
	});

	it('001 (no printed title) takes its title from 编制和实施《…》（以下简称为《规划》） on line 3, and its period from 规划期为2021－2025年', () => {
		const p = bare(SEED.gulou);
		expect(p.period).toEqual({ start: 2021, end: 2025, base_year: 2020 });
		expect(p.inferred).toEqual(expect.arrayContaining(['title', 'period', 'region']));
	});

	it('003 (title names no place) takes the county the body names most, and says so in a note', () => {
		const p = bare(SEED.suibin);
		expect(p.notes.some((n) => /绥滨县/.test(n.message))).toBe(true);
	});

	it('004 without metadata gives the same targets as with it', () => {
		expect(bare(SEED.yongqiao).indicators.length).toBe(converted(SEED.yongqiao).plan.indicators.length);
	});

	it('slugs come from the region in pinyin, not the file name', () => {
		expect(Object.values(SEED).map((f) => bare(f).slug)).toEqual(['huaiyin', 'gulou', 'changle', 'suibin', 'yongqiao']);
	});
});

describe('curated plans.yaml values win', () => {
	it('the curated slug, title and region are kept; a curated title not printed is labelled curated', () => {
		const { plan: p } = converted(SEED.gulou);
		expect(p).toMatchObject({ slug: 'gulou-fuzhou', title_source: 'curated', region: { code: '350102' } });
		expect(converted(SEED.huaiyin).plan.title_source).toBe('printed');
	});

	it('a curated region without code gets it from the gazetteer', () => {
		const [meta] = parsePlansYaml('- { slug: x, file: f.txt, region: { name: 鼓楼区, city: 南京市 } }\n');
		const { plan: p } = convertPlan('f.txt', plan`
			鼓楼区卫生健康规划
			一、总则
		`, meta);
		expect(p.region).toMatchObject({ name: '鼓楼区', city: '南京市', code: '320106', province: '江苏省', level: 'district' });
	});
});

describe('region: only from the title or an issuer line, unknown when the text names none', () => {
	it('an addressee line naming 自治区 is no region', () => {
		const { plan: p } = convertText(plan`
			各乡镇人民政府、自治区各有关厅局：
			现将规划印发给你们。
			卫生健康“十四五”规划
			一、总则
		`);
		expect(p.region.name).toBe(UNKNOWN_REGION);
		expect(p.region.code).toBeNull();
	});

	it('a headline phrase is no region (将新建市…)', () => {
		const { plan: p } = convertText(plan`
			速览｜五年蓝图发布，将新建市第一医院新院区……
			据消息，卫生健康规划近日公布。
		`);
		expect(p.region.name).toBe(UNKNOWN_REGION);
	});

	it('a text naming no place is unknown, and its slug is the file name', () => {
		const { plan: p } = convertText(plan`
			卫生健康“十四五”规划
			一、总则
			提升服务能力。
		`, 'no_place.txt');
		expect(p).toMatchObject({ region: { name: UNKNOWN_REGION, code: null, level: null }, slug: 'no-place' });
		expect(p.inferred).not.toContain('region');
	});

	it('a city-level plan is a city region: level city, the city code', () => {
		const { plan: p } = convertText(plan`
			南平市“十四五”卫生健康事业发展专项规划
			一、总则
		`);
		expect(p.region).toMatchObject({ name: '南平市', level: 'city', code: '350700', city: null, province: '福建省' });
	});

	it('the issuer line names the region when the title does not', () => {
		const { plan: p } = convertText(plan`
			“十四五”卫生健康规划
			一、总则
			提升服务能力。
			昌乐县卫生健康局
			2021年12月30日
		`);
		expect(p.region).toMatchObject({ name: '昌乐县', code: '370725' });
		expect(p.date).toBe('2021-12-30');
	});
});

describe('title source is labelled truthfully', () => {
	it('no title anywhere: the file name, labelled file-name, not "supplied"', () => {
		const { plan: p } = convertText(plan`
			一、总则
			提升服务能力。
		`, 'x.txt');
		expect(p).toMatchObject({ title: 'x.txt', title_source: 'file-name' });
		expect(p.inferred).not.toContain('title');
	});
});

describe('period', () => {
	it('a text that says no period or “十四五” gets 2021–2025 with a note saying so', () => {
		const { plan: p } = convertText(plan`
			健康某某行动实施方案
			一、总则
		`);
		expect(p.period).toEqual({ start: 2021, end: 2025, base_year: 2020 });
		expect(p.inferred).not.toContain('period');
		expect(p.notes.some((n) => /规划期/.test(n.message))).toBe(true);
	});

	it('a 规划期 sentence gives the years and 基期 the base year', () => {
		const { plan: p } = convertText(plan`
			某某县卫生健康规划
			本规划基期为2020年，规划期为2021－2025年。
		`);
		expect(p.period).toEqual({ start: 2021, end: 2025, base_year: 2020 });
	});
});

describe('slugs unique across the corpus', () => {
	it('pinyin of the short name (鄂托克旗 → etuoke, 绿春县 → lvchun)', () => {
		expect([pinyinSlug('鄂托克旗'), pinyinSlug('绿春县'), pinyinSlug('埇桥区')]).toEqual(['etuoke', 'lvchun', 'yongqiao']);
	});

	it('two plans sharing a name both take their city (gulou-fuzhou, gulou-nanjing)', () => {
		const fz = regionSlugs({ name: '鼓楼区', city: '福州市', province: '福建省', level: 'district', code: '350102', name_en: null, city_en: null, province_en: null });
		const nj = regionSlugs({ name: '鼓楼区', city: '南京市', province: '江苏省', level: 'district', code: '320106', name_en: null, city_en: null, province_en: null });
		expect(assignSlugs([{ slugs: fz, curated: false, code: '350102' }, { slugs: nj, curated: false, code: '320106' }, { slugs: ['changle'], curated: false, code: '370725' }])).toEqual(['gulou-fuzhou', 'gulou-nanjing', 'changle']);
	});

	it('a curated slug wins; an inferred plan wanting it moves on', () => {
		expect(assignSlugs([{ slugs: ['gulou', 'gulou-fuzhou'], curated: false, code: '350102' }, { slugs: ['gulou'], curated: true, code: '320106' }])).toEqual(['gulou-fuzhou', 'gulou']);
	});

	it('two plans of the same county are numbered in order (qinghe, qinghe-2)', () => {
		expect(assignSlugs([{ slugs: ['qinghe', 'qinghe-aletai'], curated: false, code: '654325' }, { slugs: ['qinghe', 'qinghe-aletai'], curated: false, code: '654325' }])).toEqual(['qinghe', 'qinghe-2']);
	});

	it('the convert CLI makes slugs unique over the whole corpus (two 鼓楼区 take their cities)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'slugs-'));
		const out = join(dir, 'out');
		writeFileSync(join(dir, 'a.txt'), '福州市鼓楼区卫生健康“十四五”规划\n一、总则\n');
		writeFileSync(join(dir, 'b.txt'), '南京市鼓楼区卫生健康“十四五”规划\n一、总则\n');
		writeFileSync(join(dir, 'c.txt'), '昌乐县“十四五”卫生与健康规划\n');
		run({ seeds: dir, out, check: false });
		expect(readdirSync(out).sort()).toEqual(['changle.mdx', 'gulou-fuzhou.mdx', 'gulou-nanjing.mdx']);
	});

	it('slugs from file names are lower-case and dashed', () => {
		expect(slugFromFile('Plan 2021_A.txt')).toBe('plan-2021-a');
	});
});

describe('plans.yaml is checked', () => {
	it('names the entry and field that is wrong', () => {
		expect(() => parsePlansYaml('- slug: Bad Slug\n  file: x.txt\n  region: { name: 某县 }\n')).toThrow(ConvertError);
		expect(() => parsePlansYaml('- slug: Bad Slug\n  file: x.txt\n  region: { name: 某县 }\n')).toThrow(/0\.slug/);
	});

	it('takes entries with one slug as versions, and rejects a file listed twice', () => {
		// Entries sharing a slug are versions of one plan; one file listed twice is an error.
		expect(parsePlansYaml('- { slug: a, file: x.txt, region: { name: 甲县 } }\n- { slug: a, file: y.txt, region: { name: 甲县 } }\n')).toHaveLength(2);
		expect(() => parsePlansYaml('- { slug: a, file: x.txt, region: { name: 甲县 } }\n- { slug: b, file: x.txt, region: { name: 乙县 } }\n')).toThrow(/file x.txt is listed twice/);
	});

	it('every seed has an entry', () => {
		expect(metas().map((m) => m.file).sort()).toEqual(Object.values(SEED).sort());
	});
});
