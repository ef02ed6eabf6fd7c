// The metadata values tests/fixtures/cases/README.md gives for each shared case, converted with no
// plans.yaml entry. Targets, tables and projects of the cases are tested in their own modules' files.
import { describe, expect, it } from 'vitest';
import { convertCase } from '../helpers/fixture.ts';

const region = (name: string, city: string | null, province: string, code: string) => ({ name, city, province, code });

describe('notice-wrapper.txt: an issuing notice before the plan', () => {
	const { plan, nodes } = convertCase('notice-wrapper');
	it('title, status issued, date 2022-03-08, region 青河县 654325', () => {
		expect(plan).toMatchObject({ title: '青河县“十四五”卫生健康发展规划', title_source: 'printed', status: '印发稿', date: '2022-03-08', region: region('青河县', '阿勒泰地区', '新疆维吾尔自治区', '654325') });
	});
	it('the notice is kept on the page, marked as the notice, and is not outline', () => {
		expect(nodes.filter((n) => n.line <= 5).map((n) => (n.kind === 'paragraph' ? n.role : n.kind))).toEqual(['notice-title', 'addressee', 'notice', 'issuer', 'date']);
		expect(plan.outline[0]?.line).toBe(8);
	});
});

describe('portal-header.txt: a portal metadata block above a title split over lines', () => {
	const { plan, nodes } = convertCase('portal-header');
	it('title joined, period 2021–2025, date 成文日期 2022-06-30, region 衢江区 330803', () => {
		expect(plan).toMatchObject({ title: '衢江区卫生健康事业发展“十四五”规划', period: { start: 2021, end: 2025 }, date: '2022-06-30', region: region('衢江区', '衢州市', '浙江省', '330803') });
	});
	it('the metadata lines are marked portal, never headings', () => {
		expect(nodes.filter((n) => [1, 2, 3, 7].includes(n.line)).map((n) => n.kind === 'paragraph' && n.role)).toEqual(['portal', 'portal', 'portal', 'portal']);
	});
});

describe('traditional.txt', () => {
	const { plan, mdx } = convertCase('traditional');
	it('title shown as printed; region 凤山县 451223', () => {
		expect(plan.title).toBe('鳳山縣“十四五”衛生健康發展規劃');
		expect(plan.region).toMatchObject(region('凤山县', '河池市', '广西壮族自治区', '451223'));
		expect(mdx).toContain('鳳山縣“十四五”衛生健康發展規劃');
	});
});

describe('region-lines.txt: issuer and title over two lines', () => {
	const { plan } = convertCase('region-lines');
	it('region 宝塔区 (never the city alone), title both lines joined', () => {
		expect(plan.region).toMatchObject({ ...region('宝塔区', '延安市', '陕西省', '610602'), level: 'district' });
		expect(plan.title).toBe('延安市宝塔区人民政府关于推进健康宝塔行动的实施意见');
	});
});

describe('news-lead.txt: a news repost', () => {
	const { plan, nodes } = convertCase('news-lead');
	it('region 南平市, a city-level plan (never a phrase such as 将新建市…)', () => {
		expect(plan.region).toMatchObject({ name: '南平市', level: 'city', code: '350700', province: '福建省' });
		expect(plan.title).toBe('南平市“十四五”卫生健康事业发展专项规划');
	});
	it('the headline is marked, never a project', () => {
		expect(nodes.find((n) => n.line === 1)).toMatchObject({ role: 'headline' });
		expect(plan.projects.some((p) => p.source.line === 1)).toBe(false);
	});
});

describe('addressee.txt: an addressee line naming 自治区', () => {
	const { plan, nodes } = convertCase('addressee');
	it('region 鄂托克旗 150624 (never 自治区), date 2021-11-02, title from line 4', () => {
		expect(plan).toMatchObject({ region: region('鄂托克旗', '鄂尔多斯市', '内蒙古自治区', '150624'), date: '2021-11-02', title: '鄂托克旗“十四五”卫生健康事业发展规划' });
		expect(nodes.find((n) => n.line === 4)).toMatchObject({ role: 'title' });
		expect(nodes.find((n) => n.line === 1)).toMatchObject({ role: 'addressee' });
	});
});

describe('draft-reading.txt: a 解读 of a draft', () => {
	const { plan } = convertCase('draft-reading');
	it('status 草案, title inside 《》', () => {
		expect(plan).toMatchObject({ status: '草案', title: '和平县卫生健康发展“十四五”规划', title_source: 'quoted' });
	});
});

describe('table-of-contents.txt: a 目录 with page numbers', () => {
	const { plan, nodes, mdx } = convertCase('table-of-contents');
	it('the contents list is a contents list, not headings; the body 第一章 is the first level-1 heading', () => {
		expect(nodes.filter((n) => n.line >= 3 && n.line <= 8).map((n) => n.kind === 'paragraph' && n.role)).toEqual(['contents-title', 'contents', 'contents', 'contents', 'contents', 'contents']);
		expect(plan.outline[0]).toMatchObject({ line: 9, level: 1, title: '第一章  规划背景' });
	});
	it('no heading ends in a page number; 重大项目计划表 is no project', () => {
		expect(plan.outline.every((h) => !/\d$/.test(h.title))).toBe(true);
		expect(plan.projects.some((p) => /重大项目计划表/.test(p.name))).toBe(false);
		expect(mdx).toContain('<ol class="contents-list">');
		expect(mdx).toContain('<li id="p-5" class="contents-2"><a href="#s-1-1">一、“十三五”时期成效</a><span class="contents-page" title="原文页码">3</span>');
	});
	it('region 梅江区 441402, period 2021–2025', () => {
		expect(plan).toMatchObject({ region: region('梅江区', '梅州市', '广东省', '441402'), period: { start: 2021, end: 2025 } });
	});
});

describe('two-years.txt', () => {
	it('status 征求意见稿; 健康西岗 names 西岗 without its suffix, the one unit of that stem (西岗区 210203), with a note', () => {
		const { plan } = convertCase('two-years');
		expect(plan.status).toBe('征求意见稿');
		expect(plan.region).toMatchObject({ name: '西岗区', city: '大连市', code: '210203' });
		expect(plan.notes.map((n) => n.message).join('')).toContain('“西岗”未带县区后缀');
	});
});

describe('every case whose title names a unit gets its code (maps and filters work with no plans.yaml entry)', () => {
	it.each([
		['no-headings', '泉山区', '320311'],
		['dash-goals', '高邮市', '321084'],
		['fullwidth', '磐安县', '330727'],
		['header-synonyms', '平阴县', '370124'],
		['spaced-table', '宝应县', '321023'],
		['flattened-table', '黎川县', '361022'],
	])('%s → %s %s', (name, county, code) => {
		expect(convertCase(name).plan.region).toMatchObject({ name: county, code });
	});
});
