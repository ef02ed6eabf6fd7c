import type { Comparator } from '../schema/plan.ts';

/**
 * The words every rule of the converter shares, in one place: Chinese numerals, units,
 * comparator words and signs, target verbs, and where a sentence ends. Rule tables
 * (`rules/*.ts`) and readers (`values.ts`, `indicators.ts`, `headings.ts`, …) build their
 * patterns from these lists; nobody spells them again.
 *
 * Lists are written for the folded view of a line (`fold()` / `foldAligned()` in `fold.ts`:
 * NFKC + simplified characters), and also carry the printed full-width forms where an
 * aligned fold keeps them (`㎡`), so they match either view.
 */

// ── Numerals ────────────────────────────────────────────────────────────────────────────

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Characters of a Chinese numeral up to 九十九: 零/〇, 一…九, 两, 十. */
export const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十';

/** Regex source for a Chinese numeral (`十二`, `两`, `三十五`). */
export const CN_NUMERAL = `[${CN_NUMERAL_CHARS}]+`;

/** Regex source for a heading or box number as printed: 1–2 Arabic digits or a Chinese numeral. */
export const ORDINAL = `(?:\\d{1,2}|${CN_NUMERAL})`;

/** Reads a Chinese numeral up to 99 (一, 十二, 二十, 两, 三十五) or Arabic digits; null if neither. */
export function parseNumeral(text: string): number | null {
	if (/^\d+$/.test(text)) return Number(text);
	if (!new RegExp(`^${CN_NUMERAL}$`).test(text)) return null;
	const ten = text.indexOf('十');
	if (ten === -1) return text.length === 1 ? (DIGITS[text] ?? null) : null;
	const tens = ten === 0 ? 1 : (DIGITS[text.slice(0, ten)] ?? NaN);
	const ones = ten === text.length - 1 ? 0 : (DIGITS[text.slice(ten + 1)] ?? NaN);
	const value = tens * 10 + ones;
	return Number.isNaN(value) ? null : value;
}

/** Regex source for a decimal number as printed after folding (`80.15`). */
export const NUMBER = String.raw`\d+(?:\.\d+)?`;

// ── Units ───────────────────────────────────────────────────────────────────────────────

/**
 * Where a unit is read: `value` a table cell or target value (`3.5‰`), `prose` a target in running
 * text (rates, ages, per-1000 figures: `控制在4‰以下`), `quantity` a project's scale
 * (`1200平方米`), `count` a facility count (`卫生院8家`), `name` a unit in parentheses after an
 * indicator's name (`人均预期寿命（岁）`).
 */
export type UnitUse = 'value' | 'prose' | 'quantity' | 'count' | 'name';

/** One unit: the form the data uses, the forms printed, and where it is read. */
export interface UnitEntry {
	unit: string;
	forms: string[];
	uses: UnitUse[];
}

/** Units of plan texts (order does not matter: patterns try longer forms first). */
export const UNITS: UnitEntry[] = [
	{ unit: '/10万', forms: ['/10万'], uses: ['value', 'prose', 'name'] },
	{ unit: '/万', forms: ['/万'], uses: ['value', 'name'] },
	{ unit: '%', forms: ['%', '％'], uses: ['value', 'prose', 'name'] },
	{ unit: '‰', forms: ['‰'], uses: ['value', 'prose', 'name'] },
	{ unit: '‱', forms: ['‱'], uses: ['value', 'name'] },
	{ unit: '岁', forms: ['岁'], uses: ['value', 'prose', 'name'] },
	{ unit: '张', forms: ['张床位', '张'], uses: ['value', 'prose', 'quantity', 'name'] },
	{ unit: '人', forms: ['人'], uses: ['value', 'prose', 'quantity', 'name'] },
	{ unit: '个', forms: ['个'], uses: ['value', 'prose', 'quantity', 'count', 'name'] },
	{ unit: '天', forms: ['天'], uses: ['value', 'prose', 'name'] },
	{ unit: '日', forms: ['日'], uses: ['value'] },
	{ unit: '家', forms: ['家'], uses: ['value', 'quantity', 'count'] },
	{ unit: '所', forms: ['所'], uses: ['value', 'quantity', 'count'] },
	{ unit: '处', forms: ['处'], uses: ['value', 'quantity', 'count'] },
	{ unit: '间', forms: ['间'], uses: ['quantity'] },
	{ unit: '亿元', forms: ['亿元'], uses: ['value', 'quantity', 'name'] },
	{ unit: '万元', forms: ['万元'], uses: ['value', 'quantity', 'name'] },
	{ unit: '元', forms: ['元'], uses: ['value', 'name'] },
	{ unit: '辆', forms: ['辆'], uses: ['value', 'quantity'] },
	{ unit: '台', forms: ['台'], uses: ['value', 'quantity'] },
	{ unit: 'm²', forms: ['平方米', '㎡', 'm2', 'm²'], uses: ['value', 'quantity'] },
];

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Regex source (a non-capturing alternation, longest form first) of the units read in `use`. */
export function unitPattern(use: UnitUse): string {
	const forms = UNITS.filter((u) => u.uses.includes(use)).flatMap((u) => u.forms);
	return `(?:${forms.sort((a, b) => b.length - a.length).map(escapeRe).join('|')})`;
}

/** The data's form of a printed unit (`％` → `%`, `平方米` → `m²`, `张床位` → `张`); the text itself when unknown; null for none. */
export function normaliseUnit(printed: string | undefined | null): string | null {
	if (!printed) return null;
	return UNITS.find((u) => u.forms.includes(printed))?.unit ?? printed;
}

// ── Comparators ─────────────────────────────────────────────────────────────────────────

/** A comparator as printed: signs and words before the number, or words after it. */
export interface ComparatorEntry {
	at: 'prefix' | 'suffix';
	comparator: Comparator;
	forms: string[];
}

/**
 * Comparator signs and words. Prefix forms are tried in this order (`<=` before `<`); `≤` and `≥`
 * have no NFKC form of their own, so both printed and folded forms are listed.
 */
export const COMPARATORS: ComparatorEntry[] = [
	{ at: 'prefix', comparator: '<=', forms: ['≤', '≦', '<=', '＜=', '不高于', '不超过', '不大于', '低于等于'] },
	{ at: 'prefix', comparator: '>=', forms: ['≥', '≧', '>=', '＞=', '不低于', '不少于', '不小于', '至少'] },
	{ at: 'prefix', comparator: '<', forms: ['＜', '<', '低于', '少于', '小于'] },
	{ at: 'prefix', comparator: '>', forms: ['＞', '>', '高于', '超过', '多于', '大于'] },
	{ at: 'suffix', comparator: '>=', forms: ['及以上', '以上'] },
	{ at: 'suffix', comparator: '<=', forms: ['及以下', '以下', '以内', '之内'] },
	{ at: 'suffix', comparator: '≈', forms: ['左右'] },
];

/** Regex source of every comparator form at one side, longest first. */
export function comparatorPattern(at: 'prefix' | 'suffix', only?: (form: string) => boolean): string {
	const forms = COMPARATORS.filter((c) => c.at === at)
		.flatMap((c) => c.forms)
		.filter((f) => !only || only(f));
	return `(?:${forms.sort((a, b) => b.length - a.length).map(escapeRe).join('|')})`;
}

/** True for a comparator written as a sign (`≤`, `＞`, `<=`) rather than a word. */
export const isComparatorSign = (form: string): boolean => /^[≤≦≥≧<>＜＞=]+$/.test(form);

/**
 * Verbs that put a target value after an indicator's name (`控制在`, `提高到`, `降至`), longest
 * first when made into a pattern. Comparator prefix words (`不低于`) also act as verbs.
 */
export const TARGET_VERBS: string[] = [
	'控制在', '保持在', '稳定在', '维持在',
	'提高到', '提高至', '提升到', '提升至', '上升到', '上升至',
	'降低到', '降低至', '下降到', '下降至', '降至', '减少到', '减少至',
	'增加到', '增加至', '增长到', '增长至', '增至', '扩大到', '扩大至',
	'达到', '达', '分别为', '均为',
];

/** Words that say the names before them share one verb and value (`均达到`, `分别降至`). */
export const SHARING_WORDS = ['均要求', '均', '分别', '要求'];

/** Regex source of a target verb: an optional sharing word, then a verb, a comparator word or a sign. */
export function targetVerbPattern(): string {
	const verbs = [...TARGET_VERBS, ...COMPARATORS.filter((c) => c.at === 'prefix').flatMap((c) => c.forms)];
	const sharing = SHARING_WORDS.map(escapeRe).join('|');
	return `(?:${sharing})?(?:${[...new Set(verbs)].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})`;
}

// ── History ─────────────────────────────────────────────────────────────────────────────

/**
 * Words that make a clause history or the present state, not a promise (`截至目前已建成社区医院3家`,
 * `现有村卫生室87家`). Read by the prose targets and the commitments alike. 十三五 is not among them:
 * `较“十三五”期间下降0.1个住院日` is a promise; each reader decides how it takes a 十三五 clause.
 */
export const HISTORY_WORDS = ['已经', '已达', '已有', '已', '累计', '截至', '截止', '现有', '目前', '当前', '现阶段', '原有'];

/** {@link HISTORY_WORDS} as a regex alternation (no group). */
export const historyPattern = (): string => HISTORY_WORDS.map(escapeRe).join('|');

// ── Sentences ───────────────────────────────────────────────────────────────────────────

/** Characters that end a sentence or a semicolon clause, printed and folded (`；` folds to `;`). */
export const SENTENCE_END = '。；;！？!?';

/** Splits text after each sentence end, keeping the end mark with its sentence (`a。b；c` → `a。`, `b；`, `c`). */
export function splitSentences(text: string): string[] {
	return text.split(new RegExp(`(?<=[${SENTENCE_END}])`)).filter((s) => s !== '');
}

/** True when text holds a sentence end (`。`, `；`, `;` …): running text, not a table cell or a title. */
export function hasSentenceEnd(text: string): boolean {
	return new RegExp(`[${SENTENCE_END}]`).test(text);
}

/** Text without its closing sentence mark (`…以内。` → `…以内`). */
export function withoutSentenceEnd(text: string): string {
	return text.replace(new RegExp(`[${SENTENCE_END}]$`), '');
}
