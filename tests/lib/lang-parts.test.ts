import { describe, expect, it } from 'vitest';
import { langParts } from '../../src/lib/lang-parts.ts';

const citation = (title: string, section: string | null, name: string, target: string) => `${title}${section ? `, section “${section}”` : ''}: ${name}${target ? ` ${target}` : ''}.`;

describe('langParts: pieces keep their language inside an i18n sentence', () => {
	it('splits the sentence into the wording and the marked pieces; joined, it is the plain sentence', () => {
		const parts = langParts((slot) => citation(slot({ text: 'Suibin County Plan', lang: 'en' }), slot({ text: '一、主要指标', lang: 'zh-CN' }), slot({ text: '婴儿死亡率', lang: 'zh-CN' }), slot({ text: '≤3', lang: 'zh-CN' })));
		expect(parts).toEqual([
			{ text: 'Suibin County Plan', lang: 'en' },
			{ text: ', section “' },
			{ text: '一、主要指标', lang: 'zh-CN' },
			{ text: '”: ' },
			{ text: '婴儿死亡率', lang: 'zh-CN' },
			{ text: ' ' },
			{ text: '≤3', lang: 'zh-CN' },
			{ text: '.' },
		]);
		expect(parts.map((p) => p.text).join('')).toBe(citation('Suibin County Plan', '一、主要指标', '婴儿死亡率', '≤3'));
	});

	it('a piece the sentence leaves out is simply absent', () => {
		expect(langParts((slot) => citation('T', null, slot({ text: '名称', lang: 'zh-CN' }), ''))).toEqual([{ text: 'T: ' }, { text: '名称', lang: 'zh-CN' }, { text: '.' }]);
	});

	it('throws when the sentence function alters a slot', () => {
		expect(() => langParts((slot) => slot({ text: 'x', lang: 'zh-CN' }).slice(1))).toThrow(/altered a slot/);
	});
});
