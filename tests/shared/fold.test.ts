import { describe, expect, it } from 'vitest';
import { fold, foldAligned } from '../../src/shared/fold.ts';
import { convertText, plan } from '../helpers/fixture.ts';

describe('fold: the matching view of printed text', () => {
	it('folds traditional script to simplified (traditional.txt shape)', () => {
		expect(fold('醫療機構 嬰兒死亡率 衛生健康 鳳山縣')).toBe('医疗机构 婴儿死亡率 卫生健康 凤山县');
	});
	it('folds full-width digits and signs (fullwidth.txt shape)', () => {
		expect(fold('＞９８％ ＜４ （２０２１－２０２５年）')).toBe('>98% <4 (2021-2025年)');
	});
	it('keeps offsets when aligned', () => {
		const printed = '孕產婦死亡率＜１０/10萬㎡';
		expect(foldAligned(printed)).toHaveLength(printed.length);
		expect(foldAligned(printed)).toBe('孕产妇死亡率<10/10万㎡');
	});
});

describe('plan`…` fixture helper', () => {
	it('builds source lines with tabs and converts a five-line text', () => {
		const text = plan`
			一、主要指标
			→指标
			→2025年
		`;
		expect(text).toBe('一、主要指标\n\t指标\n\t2025年\n');
		expect(convertText(text).plan.outline[0]?.title).toBe('一、主要指标');
	});
});
