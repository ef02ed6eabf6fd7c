import type { Comparator } from '../../schema/plan.ts';
import { COMPARATORS, NUMBER, TARGET_VERBS, unitPattern } from '../vocabulary.ts';

/**
 * Value forms: how a target or baseline is printed, one named entry each. `parseValue` (values.ts)
 * reads a value on its folded view (NFKC + simplified: `＜４` is read as `<4`) in this order:
 * a leading verb is dropped, an empty form means no value, then one comparator before and one
 * after the number, then the number forms. A newcomer meeting a new form adds one entry here and
 * one five-line test in tests/convert/values.test.ts.
 */

/** A form that says "no value here" (`—`, `/`, `无`, an empty cell). */
export const EMPTY_FORMS = ['', '-', '—', '——', '－', '/', '无'];

/** Leading verbs dropped before the value (`控制在20%以内` → `20%以内`). */
export const LEADING_VERB = new RegExp(`^(?:${[...TARGET_VERBS].sort((a, b) => b.length - a.length).join('|')})`);

/** A comparator form: a sign or word before the number, or a word after it. */
export interface ComparatorForm {
	name: string;
	example: string;
	at: 'prefix' | 'suffix';
	comparator: Comparator;
	re: RegExp;
}

const EXAMPLES: Record<string, string> = {
	'prefix <=': '≤3, 不高于5, 不超过30%',
	'prefix >=': '≥90, 不低于35%',
	'prefix <': '<5.2, ＜4 (full-width), 低于3',
	'prefix >': '>85, ＞98% (full-width), 超过80%',
	'suffix >=': '80.15以上, 90%及以上',
	'suffix <=': '3.3以下, 20%以内, 107之内',
	'suffix ≈': '85左右',
};

/** Comparator forms, tried in order (prefixes `<=` before `<`), built from the shared vocabulary. */
export const COMPARATOR_FORMS: ComparatorForm[] = COMPARATORS.map((c) => {
	const alt = [...c.forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
	const name = `${c.at} ${c.comparator}`;
	return { name, example: EXAMPLES[name] ?? '', at: c.at, comparator: c.comparator, re: c.at === 'prefix' ? new RegExp(`^(?:${alt})`) : new RegExp(`(?:${alt})$`) };
});

/** What a number form yields. */
export interface NumberReading {
	value: number | null;
	range: [number, number] | null;
	unit: string | undefined;
}

/** A number form: the whole remaining text (after comparators) as one value or a range. */
export interface NumberForm {
	name: string;
	example: string;
	re: RegExp;
	read: (m: RegExpExecArray) => NumberReading;
}

const UNIT = `(${unitPattern('value')})`;

/** Number forms, tried in order; units (‰, /10万, %, 岁, 张, m² …) come from the vocabulary. */
export const NUMBER_FORMS: NumberForm[] = [
	{
		name: 'range',
		example: '2-3个, 80~85%, 2至3张',
		re: new RegExp(`^(${NUMBER})${UNIT}?[-~—至到](${NUMBER})${UNIT}?$`),
		read: (m) => ({ value: null, range: [Number(m[1]), Number(m[3])], unit: m[4] ?? m[2] }),
	},
	{
		name: 'single',
		example: '6.76, 3.5‰, 12/10万, 81岁',
		re: new RegExp(`^(${NUMBER})${UNIT}?$`),
		read: (m) => ({ value: Number(m[1]), range: null, unit: m[2] }),
	},
];
