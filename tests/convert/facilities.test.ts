import { describe, expect, it } from 'vitest';
import { namedInstitutions } from '../../src/convert/facilities.ts';
import { converted, SEED } from '../helpers/seeds.ts';

const facilities = (file: string) => converted(file).plan.facilities;

describe('facility counts by type', () => {
	it('000 line 10: 现有一级医院8家 … 护理院2家 are existing counts', () => {
		const counts = facilities(SEED.huaiyin).filter((f) => f.source.line === 10 && f.name === null);
		expect(counts).toEqual(expect.arrayContaining([
			expect.objectContaining({ kind: '一级医院', count: 8, status: 'existing' }),
			expect.objectContaining({ kind: '口腔诊所', count: 82 }),
			expect.objectContaining({ kind: '护理院', count: 2 }),
		]));
	});

	it('000 line 221: 我区现有87家村卫生室; 003 line 38: 116家村卫生室', () => {
		expect(facilities(SEED.huaiyin)).toContainEqual(expect.objectContaining({ kind: '村卫生室', count: 87, source: expect.objectContaining({ line: 221 }) }));
		expect(facilities(SEED.suibin)).toContainEqual(expect.objectContaining({ kind: '村卫生室', count: 116 }));
	});
});

describe('named institutions', () => {
	it('003: 县人民医院, 县中医院 and 忠仁镇卫生院 with its town', () => {
		const names = facilities(SEED.suibin).filter((f) => f.name).map((f) => f.name);
		expect(names).toEqual(expect.arrayContaining(['县人民医院', '县中医院', '忠仁镇卫生院']));
		expect(facilities(SEED.suibin).find((f) => f.name === '忠仁镇卫生院')?.town).toBe('忠仁镇');
	});

	it('004: 宿州市第一人民医院 and 埇桥区中医院', () => {
		expect(facilities(SEED.yongqiao).map((f) => f.name)).toEqual(expect.arrayContaining(['宿州市第一人民医院', '埇桥区中医院']));
	});

	it('000 planning tables: planned facilities with their 街道', () => {
		expect(facilities(SEED.huaiyin)).toContainEqual(expect.objectContaining({ name: '玉清湖办事处社区卫生服务中心', status: 'planned', town: '玉清湖街道' }));
	});

	it('leaves generic phrases out (县级医院, 提高乡镇卫生院, 社区医院)', () => {
		expect(namedInstitutions('发挥县级医院龙头作用，提高乡镇卫生院服务能力，推进社区医院建设')).toEqual([]);
		expect(namedInstitutions('依托宿州市第二人民医院改善诊疗条件')).toEqual(['宿州市第二人民医院']);
	});
});
