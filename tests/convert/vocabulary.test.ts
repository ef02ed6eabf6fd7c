import { describe, expect, it } from 'vitest';
import { comparatorPattern, normaliseUnit, parseNumeral, splitSentences, targetVerbPattern, unitPattern, UNITS } from '../../src/convert/vocabulary.ts';
import { convertText, plan } from '../helpers/fixture.ts';

describe('Chinese numerals: one reader for headings, boxes and numbering notes', () => {
	it.each([
		['一', 1],
		['十', 10],
		['十二', 12],
		['二十', 20],
		['三十五', 35],
		['两', 2],
		['〇', 0],
		['零', 0],
		['12', 12],
	] as const)('%s → %d', (text, value) => {
		expect(parseNumeral(text)).toBe(value);
	});

	it('is null for what is not a numeral alone (第一 has a prefix, 二三 is not a number, empty)', () => {
		expect(parseNumeral('第一')).toBeNull();
		expect(parseNumeral('二三')).toBeNull();
		expect(parseNumeral('')).toBeNull();
	});

	it('a heading numbered with 两 is read as 2 in a five-line text', () => {
		const { plan: p } = convertText(plan`
			某县卫生健康规划
			一、发展基础
			两、发展目标
		`);
		expect(p.outline.map((h) => h.title)).toEqual(['一、发展基础', '两、发展目标']);
	});
});

describe('units: one list, read where each use needs it', () => {
	it('prints each use as a pattern that matches its forms and no others', () => {
		expect(new RegExp(`^${unitPattern('prose')}$`).test('‰')).toBe(true);
		expect(new RegExp(`^${unitPattern('prose')}$`).test('平方米')).toBe(false);
		expect(new RegExp(`^${unitPattern('quantity')}$`).test('平方米')).toBe(true);
		expect(new RegExp(`^${unitPattern('count')}$`).test('家')).toBe(true);
	});

	it('normalises printed forms to the data’s form (％ → %, ㎡ and 平方米 → m², 张床位 → 张)', () => {
		expect(normaliseUnit('％')).toBe('%');
		expect(normaliseUnit('㎡')).toBe('m²');
		expect(normaliseUnit('平方米')).toBe('m²');
		expect(normaliseUnit('张床位')).toBe('张');
		expect(normaliseUnit('DDDs')).toBe('DDDs');
		expect(normaliseUnit('')).toBeNull();
	});

	it('no printed form belongs to two units', () => {
		const forms = UNITS.flatMap((u) => u.forms);
		expect(new Set(forms).size).toBe(forms.length);
	});
});

describe('comparators and target verbs', () => {
	it('suffix words and prefix signs as patterns, longest first (及以上 before 以上)', () => {
		expect(new RegExp(`(${comparatorPattern('suffix')})$`).exec('90%及以上')?.[1]).toBe('及以上');
		expect(new RegExp(`^(${comparatorPattern('prefix')})`).exec('<=5')?.[1]).toBe('<=');
	});

	it('a sharing word joins the verb (分别降至, 均达到), and a comparator word acts as a verb (不低于)', () => {
		const verb = new RegExp(targetVerbPattern());
		expect(verb.exec('死亡率分别降至12/10万')?.[0]).toBe('分别降至');
		expect(verb.exec('管理率均达到65%')?.[0]).toBe('均达到');
		expect(verb.exec('寿命不低于72岁')?.[0]).toBe('不低于');
	});
});

describe('sentences: split after 。；; ！？, the mark kept with its sentence', () => {
	it('splits on the full-width and the folded semicolon alike', () => {
		expect(splitSentences('甲。乙；丙;丁')).toEqual(['甲。', '乙；', '丙;', '丁']);
	});

	it('keeps a text without an end mark whole, and drops nothing', () => {
		expect(splitSentences('到2025年，人均预期寿命81岁')).toEqual(['到2025年，人均预期寿命81岁']);
		expect(splitSentences('')).toEqual([]);
	});
});
