import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { fill, message, placeholders } from '../../src/lib/i18n/message.ts';
import { zh } from '../../src/lib/i18n/zh.ts';

/** Every message of a dictionary, by key path. */
function messages(value: unknown, prefix = ''): [string, string][] {
	if (typeof value === 'function' && 'template' in value) return [[prefix, String((value as { template: string }).template)]];
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => messages(v, prefix ? `${prefix}.${k}` : k));
	return [];
}

describe('dictionary strings with named placeholders', () => {
	it('are filled by name at build time and, from their template, in the browser — the same text', () => {
		const found = message('找到 {count} 处“{q}”，分布在 {plans} 份规划中。');
		expect(found({ count: 12, plans: 3, q: '婴儿死亡率' })).toBe('找到 12 处“婴儿死亡率”，分布在 3 份规划中。');
		expect(fill(found.template, { q: '婴儿死亡率', plans: 3, count: 12 })).toBe(found({ count: 12, plans: 3, q: '婴儿死亡率' }));
	});

	it('a placeholder without a value stays as written; one used twice is filled twice', () => {
		expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
		expect(fill('{a}{a}', { a: 'x' })).toBe('xx');
	});

	it('the English dictionary has the same placeholders as the Chinese one, message by message', () => {
		const zhMessages = messages(zh);
		expect(zhMessages.length).toBeGreaterThan(0);
		const enMessages = new Map(messages(en));
		for (const [key, template] of zhMessages) expect(placeholders(enMessages.get(key) ?? '').sort(), key).toEqual(placeholders(template).sort());
	});

	it('English words agree with their numbers: 1 match in 1 plan, 2 matches in 3 plans (issue 23: “1 plans”, “1 matches”)', () => {
		expect(en.search.found({ count: 1, q: 'x', plans: 1 })).toBe('1 match for “x” in 1 plan.');
		expect(fill(en.search.found.template, { count: 2, q: 'x', plans: 3 })).toBe('2 matches for “x” in 3 plans.');
		expect(en.search.group({ count: 1 })).toBe('1 match');
		expect(en.plan.lines(1)).toBe('1 line');
		expect(en.chart.summary(1, 1, '', false)).toBe('1 of 1 target has a number.');
	});

	it('a plural form never reaches Chinese text, and the placeholder parity check reads it as its number', () => {
		expect(placeholders('{count} {count|match|matches} in {plans} {plans|plan|plans}')).toEqual(['count', 'plans']);
		expect(zh.search.group({ count: 1 })).toBe('1 处');
	});
});
