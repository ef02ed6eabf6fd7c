import { lineId } from '../shared/ids.ts';
import type { Comparator, Indicator, Plan } from '../schema/plan.ts';
import type { DocNode, ParagraphNode } from './document.ts';
import { fold, foldAligned } from '../shared/fold.ts';
import { canonicalFor } from '../shared/glossary.ts';
import { namesPastPeriod } from './periods.ts';
import { COMPARATOR_FORMS } from './rules/values.ts';
import { CN_NUMERAL_CHARS, parseNumeral, splitSentences } from './vocabulary.ts';
import { COMMITMENT_RULES, HISTORY_BEFORE, type ClauseContext, type CommitmentKind, type CommitmentRule, type RuleMatch } from './rules/commitments.ts';

/** A commitment read from one paragraph, before it gets its id. */
export type CommitmentDraft = Omit<Indicator, 'id' | 'related' | 'conflict'> & { commitment: CommitmentKind; rule: string };

const GRADE = new RegExp(`^[${CN_NUMERAL_CHARS}\\d]级`);
const NUMBER = /(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)/;

function toNumber(text: string): number | null {
	if (/^\d/.test(text)) return Number(text);
	return parseNumeral(text);
}

/** Parses a commitment's value text (`4个以上`, `少于15分钟`, `0.1-0.2个住院日`, `300余人`, `五级及以上`) on its folded form. */
export function readCommitmentValue(folded: string): { value: number | null; comparator: Comparator | null; range: [number, number] | null; unit: string | null; note: string | null } {
	let text = folded.replace(/\s/g, '');
	let comparator: Comparator | null = null;
	// Comparator words next to the value: the shared value forms (rules/values.ts, from vocabulary.ts).
	for (const at of ['prefix', 'suffix'] as const) {
		const form = COMPARATOR_FORMS.find((f) => f.at === at && f.re.test(text));
		if (!form) continue;
		if (comparator && comparator !== form.comparator) return { value: null, comparator: null, range: null, unit: null, note: `两个比较符：${folded}` };
		comparator = form.comparator;
		text = text.replace(form.re, '');
	}
	if (GRADE.test(text)) {
		// A grade: 五级 → 5, 三级甲等 → 3 with the grade as unit.
		const n = toNumber(text.slice(0, 1));
		return { value: n, comparator: comparator ?? '=', range: null, unit: text.slice(1), note: null };
	}
	const range = new RegExp(`^${NUMBER.source}[-—–~～至]${NUMBER.source}(.*)$`).exec(text);
	if (range) {
		const lo = toNumber(range[1] as string);
		const hi = toNumber(range[2] as string);
		if (lo !== null && hi !== null) return { value: null, comparator: 'range', range: [lo, hi], unit: unitOf(range[3] ?? ''), note: null };
	}
	const single = new RegExp(`^${NUMBER.source}(余)?(.*)$`).exec(text);
	if (single) {
		const value = toNumber(single[1] as string);
		if (single[2]) comparator = comparator ?? '>';
		return { value, comparator: comparator ?? '=', range: null, unit: unitOf(single[3] ?? ''), note: value === null ? `无法读出数值：${folded}` : null };
	}
	return { value: null, comparator, range: null, unit: null, note: `文字目标：${folded}` };
}

/** The unit after the number; `个` and `大` are counter words that say nothing about what is counted (the value text keeps them). */
function unitOf(rest: string): string | null {
	const unit = rest.replace(/^个(?=百分点|住院日)/, '').replace(/^(大|个)$/, '');
	return unit === '' ? null : unit;
}

/** A deadline that holds for the rest of the paragraph (`到2023年`, `2025年末`). */
const DATED = /(?:到|至)(20\d\d)年|(20\d\d)年(?:末|底)/g;
/** A deadline for its own clause only (`2025年前完成…`). */
const DATED_CLAUSE = /(20\d\d)年前/;

/** Sentences of a paragraph, then clauses, with their offsets in the paragraph. */
function clausesOf(text: string): { sentence: number; start: number; text: string }[] {
	const out: { sentence: number; start: number; text: string }[] = [];
	let offset = 0;
	let sentence = 0;
	for (const s of splitSentences(text)) {
		let inner = 0;
		for (const c of s.split(/(?<=[，,：:])/)) {
			out.push({ sentence, start: offset + inner, text: c });
			inner += c.length;
		}
		offset += s.length;
		sentence++;
	}
	return out;
}

function runRule(rule: CommitmentRule, ctx: ClauseContext, claimed: [number, number][]): { m: RuleMatch; span: [number, number] }[] {
	const out: { m: RuleMatch; span: [number, number] }[] = [];
	rule.pattern.lastIndex = 0;
	for (const match of ctx.clause.matchAll(rule.pattern)) {
		const indices = match.indices;
		if (!indices) continue;
		const span = indices.groups?.value ?? indices.groups?.value2;
		if (!span) continue;
		// Value groups of alternative spellings (`value2`) are read as `value`.
		if (!indices.groups?.value && indices.groups) indices.groups.value = span;
		const m = { match, ctx } as RuleMatch;
		const [a, b] = span;
		const valueText = ctx.clause.slice(a, b);
		const lead = valueText.length - valueText.trimStart().length;
		const trimmed: [number, number] = [a + lead, b - (valueText.length - valueText.trimEnd().length)];
		if (claimed.some(([x, y]) => trimmed[0] < y && x < trimmed[1])) continue;
		if (HISTORY_BEFORE.test(ctx.clause.slice(0, trimmed[0]))) continue;
		if (rule.accept && !rule.accept(m)) continue;
		out.push({ m, span: trimmed });
	}
	return out;
}

/** A clause that dates what follows in the future: `到2025年`, `“十四五”末`, `规划提出`. */
const FORWARD = /(?:到|至)20\d\d年|十[一二三四五六七八九]五[”"]?(?:期)?末/;

/** `十三五期间`, `“十四五”时期`, `以来`: a clause about a span of time (history when the period named is past). */
const PAST_SPAN = /五[”"]?(期间|时期|以来)/;
const YEAR_AS_DATE = /(?:^|[^到至\d])((?:19|20)\d\d)年(?!前|以前)/g;

/** A clause dated in the plan's base year or before (`2020年，…`): what already was. */
function statesPastYear(clause: string, period: Plan['period']): boolean {
	return [...clause.matchAll(YEAR_AS_DATE)].some((m) => Number(m[1]) <= period.base_year);
}

/**
 * Quantified commitments in one paragraph: each rule of COMMITMENT_RULES over each clause of the
 * folded text, values sliced from the printed text. Background (十三五 review) paragraphs, titles
 * and dates yield none; a clause dated in the base year or before is history, not a promise.
 * Year: the dated clause (`到2023年`) carried through the paragraph, else the plan's end.
 */
export function paragraphCommitments(node: ParagraphNode, file: string, period: Plan['period']): CommitmentDraft[] {
	// Outside any section (a news digest, a text with no headings) only a paragraph that looks forward (到2025年, “十四五”末) promises.
	if (node.role || node.section?.background || (!node.section && !FORWARD.test(fold(node.text)))) return [];
	const printed = node.text;
	const folded = foldAligned(printed);
	const clauses = clausesOf(folded);
	const sentences = splitSentences(printed);
	const out: CommitmentDraft[] = [];
	let year: number | null = null;
	const pastSentences = new Set<number>();
	clauses.forEach((c, k) => {
		for (const d of c.text.matchAll(DATED)) year = Number(d[1] ?? d[2]);
		const local = DATED_CLAUSE.exec(c.text);
		const clauseYear = local ? Number(local[1]) : year;
		// History inside forward text: a year up to the base year as a date, `十三五期间` (a past period: periods.ts), achievements.
		// A clause that opens with a past period (`“十三五”期间，…`) makes the rest of its sentence history too.
		if (pastSentences.has(c.sentence)) return;
		if (PAST_SPAN.test(c.text) && namesPastPeriod(c.text, period) && !/较/.test(c.text)) {
			pastSentences.add(c.sentence);
			return;
		}
		if (statesPastYear(c.text, period)) return;
		const same = clauses.slice(0, k).filter((p) => p.sentence === c.sentence);
		const ctx: ClauseContext = {
			clause: c.text,
			before: same.map((p) => p.text),
			sentenceBefore: same.map((p) => p.text).join(''),
			sentenceAfter: clauses.slice(k + 1).filter((p) => p.sentence === c.sentence).map((p) => p.text).join(''),
		};
		const claimed: [number, number][] = [];
		for (const rule of COMMITMENT_RULES) {
			for (const { m, span } of runRule(rule, ctx, claimed)) {
				claimed.push(span);
				const valuePrinted = printed.slice(c.start + span[0], c.start + span[1]);
				const inferred = rule.inferred?.(m) ?? null;
				const parsed = inferred ? { value: inferred.value, comparator: inferred.comparator, range: null, unit: inferred.unit, note: inferred.note } : readCommitmentValue(c.text.slice(span[0], span[1]));
				const name = rule.name(m) || rule.id;
				const canonical = canonicalFor(fold(name));
				out.push({
					name,
					name_en: canonical?.en ?? null,
					canonical: canonical?.id ?? null,
					domain: null,
					unit: parsed.unit,
					baseline: null,
					target: { year: clauseYear ?? period.end, value: parsed.value, comparator: parsed.comparator, range: parsed.range, text: valuePrinted },
					attribute: null,
					attribute_text: null,
					kind: 'prose',
					commitment: rule.kind,
					rule: rule.id,
					source: { file, line: node.line, quote: (sentences[c.sentence] ?? printed).trim() },
					anchor: node.id,
					section: node.section?.title ?? null,
					note: parsed.note,
				});
			}
		}
	});
	// Reading order within the paragraph.
	return out.sort((a, b) => (a.source.quote === b.source.quote ? printed.indexOf(a.target.text) - printed.indexOf(b.target.text) : 0));
}

/** Every quantified commitment in a plan's running text, in reading order (see {@link paragraphCommitments}). */
export function extractCommitments(nodes: DocNode[], file: string, period: Plan['period']): CommitmentDraft[] {
	return nodes.flatMap((n) => (n.kind === 'paragraph' ? paragraphCommitments(n, file, period) : []));
}

/**
 * Adds commitments to a plan's indicators: a commitment already read as an indicator on the same
 * line with the same value text is left out; the others get ids `c<line>` (`-2`, `-3` for more on
 * a line) that do not depend on the indicator pass, so both stay stable. Indicators get
 * `commitment: null`.
 */
export function mergeCommitments(indicators: Indicator[], drafts: CommitmentDraft[]): Indicator[] {
	// Each indicator can absorb one commitment on its line: the same value text, or the same
	// number printed with the comparator word the indicator pass read as its verb (`不低于35%` / `35%`).
	const open = indicators.filter((i) => i.kind === 'prose').map((i) => ({ line: i.source.line, text: i.target.text, value: i.target.value, used: false }));
	const absorb = (d: Omit<CommitmentDraft, 'rule'>): boolean => {
		const same = open.find((o) => !o.used && o.line === d.source.line && o.text === d.target.text) ?? open.find((o) => !o.used && o.line === d.source.line && o.text !== '' && d.target.text.endsWith(o.text) && o.value === d.target.value);
		if (same) same.used = true;
		return same !== undefined;
	};
	const used = new Set(indicators.map((i) => i.id));
	const perLine = new Map<number, number>();
	const added: Indicator[] = [];
	for (const { rule: _rule, ...d } of drafts) {
		if (absorb(d)) continue;
		let k = perLine.get(d.source.line) ?? 0;
		let id: string;
		do {
			k++;
			id = lineId('c', d.source.line, k);
		} while (used.has(id));
		perLine.set(d.source.line, k);
		used.add(id);
		added.push({ id, ...d, related: [], conflict: null });
	}
	return [...indicators.map((i) => ({ ...i, commitment: i.commitment ?? null })), ...added];
}
