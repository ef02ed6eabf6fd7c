import type { Comparator, Quantity } from '../schema/plan.ts';

export interface ParsedValue {
	value: number | null;
	comparator: Comparator | null;
	range: [number, number] | null;
	unit: string | null;
	/** Why the number was left null although the text is not empty. */
	note: string | null;
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const UNIT = String.raw`(?:\/10万|\/万|%|％|‰|‱|岁|张|人|个|天|日|家|所|处|亿元|万元|元|辆|台|平方米|㎡|m2|m²)`;
const PREFIX: [RegExp, Comparator][] = [
	[/^(≤|≦|<=|＜=|不高于|不超过|低于等于)/, '<='],
	[/^(≥|≧|>=|＞=|不低于|不少于)/, '>='],
	[/^(＜|<|低于|少于)/, '<'],
	[/^(＞|>|高于|超过|多于)/, '>'],
];
const SUFFIX: [RegExp, Comparator][] = [
	[/(及以上|以上)$/, '>='],
	[/(及以下|以下|以内|之内)$/, '<='],
	[/(左右)$/, '≈'],
];
const EMPTY = /^(-|—|——|－|\/|无)?$/;

function normaliseUnit(unit: string | undefined): string | null {
	if (!unit) return null;
	if (unit === '％') return '%';
	if (unit === '㎡' || unit === 'm2' || unit === '平方米') return 'm²';
	return unit;
}

/**
 * Parses a target or baseline as printed (`≤3`, `80.15以上`, `＜5.2`, `控制在20%以内`, `2-3个`).
 * Anything it cannot read with certainty keeps value null and says why.
 */
export function parseValue(printed: string): ParsedValue {
	const none = { value: null, comparator: null, range: null, unit: null };
	let text = printed.replace(/\s/g, '').replace(/^(控制在|保持在|达到|达|提高到|提高至|降至|降低到|降低至)/, '');
	if (EMPTY.test(text)) return { ...none, note: null };
	let comparator: Comparator | null = null;
	for (const [re, c] of PREFIX) {
		if (re.test(text)) {
			comparator = c;
			text = text.replace(re, '');
			break;
		}
	}
	for (const [re, c] of SUFFIX) {
		if (re.test(text)) {
			if (comparator && comparator !== c) return { ...none, note: `两个比较符：${printed}` };
			comparator = c;
			text = text.replace(re, '');
			break;
		}
	}
	const range = new RegExp(`^(${NUMBER})(${UNIT})?[-－~～—至到](${NUMBER})(${UNIT})?$`).exec(text);
	if (range) {
		const lo = Number(range[1]);
		const hi = Number(range[3]);
		return { value: null, comparator: 'range', range: [lo, hi], unit: normaliseUnit(range[4] ?? range[2]), note: null };
	}
	const single = new RegExp(`^(${NUMBER})(${UNIT})?$`).exec(text);
	if (single) {
		return { value: Number(single[1]), comparator: comparator ?? '=', range: null, unit: normaliseUnit(single[2]), note: null };
	}
	const numbers = text.match(new RegExp(NUMBER, 'g')) ?? [];
	const note = numbers.length > 1 ? `多个数值，无法确定单一目标：${printed}` : numbers.length === 1 ? `非数值目标或变化量：${printed}` : `文字目标：${printed}`;
	return { ...none, comparator, note };
}

const QUANTITY = new RegExp(`(${NUMBER})\\s*(平方米|㎡|m2|m²|张床位|张|辆|台|万元|亿元|个|所|家|处|间|人)`, 'g');

/** Scales named in a project description: floor area, beds, vehicles, money, counts. */
export function parseQuantities(text: string): Quantity[] {
	const out: Quantity[] = [];
	for (const m of text.matchAll(QUANTITY)) {
		const [whole, num, unit] = m;
		if (num === undefined || unit === undefined) continue;
		// `2021-2025` and `5年` are dates, not scales; skip numbers glued to a year or range.
		const before = text.slice(Math.max(0, (m.index ?? 0) - 1), m.index);
		if (/[\d.\-－—]/.test(before)) continue;
		out.push({ value: Number(num), unit: unit === '张床位' ? '张' : (normaliseUnit(unit) ?? unit), text: whole });
	}
	return out;
}
