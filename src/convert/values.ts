import type { Comparator, Quantity } from '../schema/plan.ts';
import { fold, foldAligned } from '../shared/fold.ts';
import { COMPARATOR_FORMS, EMPTY_FORMS, LEADING_VERB, NUMBER_FORMS } from './rules/values.ts';
import { NUMBER, normaliseUnit, unitPattern } from './vocabulary.ts';

export interface ParsedValue {
	value: number | null;
	comparator: Comparator | null;
	range: [number, number] | null;
	unit: string | null;
	/** Why the number was left null although the text is not empty. */
	note: string | null;
}

/**
 * Parses a target or baseline as printed (`≤3`, `80.15以上`, `＜5.2`, `＞９８％`, `控制在20%以内`,
 * `2-3个`) on its folded view, by the value forms of `rules/values.ts`. The printed text is the
 * caller's to keep; anything this cannot read with certainty keeps value null and says why.
 */
export function parseValue(printed: string): ParsedValue {
	const none = { value: null, comparator: null, range: null, unit: null };
	let text = fold(printed).replace(/\s/g, '').replace(LEADING_VERB, '');
	if (EMPTY_FORMS.includes(text)) return { ...none, note: null };
	let comparator: Comparator | null = null;
	for (const at of ['prefix', 'suffix'] as const) {
		const form = COMPARATOR_FORMS.find((f) => f.at === at && f.re.test(text));
		if (!form) continue;
		if (comparator && comparator !== form.comparator) return { ...none, note: `两个比较符：${printed}` };
		comparator = form.comparator;
		text = text.replace(form.re, '');
	}
	for (const form of NUMBER_FORMS) {
		const m = form.re.exec(text);
		if (!m) continue;
		const read = form.read(m);
		if (read.range) return { value: null, comparator: 'range', range: read.range, unit: normaliseUnit(read.unit), note: null };
		return { value: read.value, comparator: comparator ?? '=', range: null, unit: normaliseUnit(read.unit), note: null };
	}
	const numbers = text.match(new RegExp(NUMBER, 'g')) ?? [];
	const note = numbers.length > 1 ? `多个数值，无法确定单一目标：${printed}` : numbers.length === 1 ? `非数值目标或变化量：${printed}` : `文字目标：${printed}`;
	return { ...none, comparator, note };
}

const QUANTITY = new RegExp(`(${NUMBER})\\s*(${unitPattern('quantity')})`, 'g');

/** Scales named in a project description (floor area, beds, vehicles, money, counts), read on the folded view; `text` as printed. */
export function parseQuantities(text: string): Quantity[] {
	const out: Quantity[] = [];
	const folded = foldAligned(text);
	for (const m of folded.matchAll(QUANTITY)) {
		const [whole, num, unit] = m;
		if (num === undefined || unit === undefined) continue;
		const at = m.index ?? 0;
		// `2021-2025` and `5年` are dates, not scales; skip numbers glued to a year or range.
		if (/[\d.\-－—]/.test(folded.slice(Math.max(0, at - 1), at))) continue;
		out.push({ value: Number(num), unit: normaliseUnit(unit) ?? unit, text: text.slice(at, at + whole.length) });
	}
	return out;
}
