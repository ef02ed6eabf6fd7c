import { describe, expect, it } from 'vitest';
import { ConvertError } from '../../src/convert/errors.ts';
import { parsePlansYaml, slugFromFile } from '../../src/convert/metadata.ts';
import { convertPlan } from '../../src/convert/plan.ts';
import { metas, SEED, seedText } from '../helpers/seeds.ts';

describe('a seed with no plans.yaml entry still converts', () => {
	it('004 without metadata: title, status and region inferred from the text, slug from the file name', () => {
		const { plan } = convertPlan(SEED.yongqiao, seedText(SEED.yongqiao), undefined);
		expect(plan).toMatchObject({
			slug: '004-453a8c610e2cbe8a',
			title: '埇桥区卫生健康事业发展“十四五”规划',
			title_supplied: false,
			status: '征求意见稿',
			region: { name: '埇桥区', code: null },
			period: { start: 2021, end: 2025, base_year: 2020 },
		});
		expect(plan.inferred).toEqual(['title', 'status', 'period', 'region']);
		expect(plan.indicators.length).toBe(convertPlan(SEED.yongqiao, seedText(SEED.yongqiao), metas().find((m) => m.file === SEED.yongqiao)).plan.indicators.length);
	});

	it('001 without metadata reads its period from the preface (规划期为2021－2025年, 基期为2020年)', () => {
		const { plan } = convertPlan(SEED.gulou, seedText(SEED.gulou), undefined);
		expect(plan.period).toEqual({ start: 2021, end: 2025, base_year: 2020 });
		expect(plan.title_supplied).toBe(true);
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

	it('rejects two entries with one slug', () => {
		expect(() => parsePlansYaml('- { slug: a, file: x.txt, region: { name: 甲县 } }\n- { slug: a, file: y.txt, region: { name: 乙县 } }\n')).toThrow(/duplicate slug "a"/);
	});
});
