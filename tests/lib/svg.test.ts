// src/lib/svg.ts: the string helpers every chart and map is written with.
import { describe, expect, it } from 'vitest';
import { esc, fit, num, svgRoot, textWidth } from '../../src/lib/svg.ts';

describe('esc', () => {
	it('escapes markup and both quotes, so names are safe in content and attributes', () => {
		expect(esc(`<b>"A&B's"</b>`)).toBe('&lt;b&gt;&quot;A&amp;B&#39;s&quot;&lt;/b&gt;');
		expect(esc(3)).toBe('3');
	});
});

describe('num', () => {
	it('rounds to one decimal and never writes -0', () => {
		expect(num(12.345)).toBe('12.3');
		expect(num(-0.04)).toBe('0');
		expect(num(7)).toBe('7');
	});
});

describe('textWidth and fit', () => {
	it('counts CJK one em and Latin 0.6 em', () => {
		expect(textWidth('医院', 12)).toBe(24);
		expect(textWidth('ab', 10)).toBeCloseTo(12);
	});

	it('keeps a label that fits and cuts a longer one with an ellipsis', () => {
		expect(fit('婴儿死亡率', 5)).toBe('婴儿死亡率');
		expect(fit('每千人口医疗卫生机构床位数', 6)).toBe('每千人口医…'); // five characters and the ellipsis: six wide
		expect(fit('Hospital beds per 1,000 people', 10).endsWith('…')).toBe(true);
	});
});

describe('svgRoot', () => {
	it('is an accessible picture: role, title and description referenced by id', () => {
		const svg = svgRoot({ id: 'c1', width: 100, height: 50, title: 'T<', desc: 'D', body: '<g/>' });
		expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c1-t c1-d"[^>]*font-size="13">/);
		expect(svg).toContain('<title id="c1-t">T&lt;</title><desc id="c1-d">D</desc><g/></svg>');
		expect(svgRoot({ id: 'm', width: 1, height: 1, title: '', desc: '', body: '', role: 'group', fontSize: 12 })).toMatch(/role="group"[^>]*font-size="12"/);
	});
});
