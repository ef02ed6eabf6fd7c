import { describe, expect, it } from 'vitest';
import { joinWrappedLines, printedWidth } from '../../src/convert/wrapped.ts';
import { convertText } from '../helpers/fixture.ts';

const paragraphs = (text: string) => joinWrappedLines(convertText(text).nodes).filter((n) => n.kind === 'paragraph').map((n) => [n.line, n.text]);

describe('lines broken at a fixed width (wrapped.ts)', () => {
	it('printed width counts a Han character or full-width sign as two columns', () => {
		expect(printedWidth('3.6人，')).toBe(7);
	});

	it('joins a run of lines of one width that end mid-sentence into the paragraph it was', () => {
		expect(paragraphs('某市规划\n二、发展目标\n到2025年，全市每千常住人口执业（助理）医\n师数达到3.6人，每千常住人口注册护士数达到3.\n9人。\n')).toEqual([
			[1, '某市规划'],
			[3, '到2025年，全市每千常住人口执业（助理）医师数达到3.6人，每千常住人口注册护士数达到3.9人。'],
		]);
	});

	it('leaves alone lines that end their sentence, short lines, captions and bullets', () => {
		const text = '某市规划\n二、发展目标\n全市卫生健康事业稳步发展，服务能力持续提升。\n人口老龄化程度加深，健康需求日益多元。\n图1  全市医疗卫生机构分布示意图（二〇二〇年）\n图2  全市社区卫生服务中心分布示意图（规划）\n——每千常住人口执业（助理）医师数达到3.6人\n——每千常住人口注册护士数达到3.9人\n';
		expect(paragraphs(text).map(([line]) => line)).toEqual([1, 3, 4, 5, 6, 7, 8]);
	});
});
