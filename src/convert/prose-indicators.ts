// Targets stated in running text: names paired with values after a target verb, lists sharing one
// comparator, dated clauses, parts (其中…). Read on the aligned folded view of a sentence, so every
// offset found there cuts the printed text.
import type { Plan } from '../schema/plan.ts';
import { canonicalFor } from '../shared/glossary.ts';
import type { ParagraphNode } from './document.ts';
import { fold, foldAligned } from '../shared/fold.ts';
import type { IndicatorDraft as Draft } from './indicator-draft.ts';
import { namesPastPeriod, periodEndYear } from './periods.ts';
import { parseValue } from './values.ts';
import { comparatorPattern, historyPattern, isComparatorSign, NUMBER, splitSentences, targetVerbPattern, unitPattern, withoutSentenceEnd } from './vocabulary.ts';

// Read on the aligned folded view of a sentence (one printed unit → one folded unit), so every
// offset found there cuts the printed text: names and values are quoted as printed.

const ONE_VALUE = `${comparatorPattern('prefix', isComparatorSign)}?\\s*${NUMBER}\\s*${unitPattern('prose')}?\\s*${comparatorPattern('suffix')}?`;
const ONE_VALUE_G = new RegExp(ONE_VALUE, 'g');
// A value list ends the clause or is followed by a non-Han character: `1个百分点` is a change, not a count of 1.
const VALUE_LIST = new RegExp(`^\\s*(${ONE_VALUE}(?:\\s*(?:、|和|及)\\s*${ONE_VALUE})*)(?![\\u4e00-\\u9fa5\\d.])`);
/** `2025年的80岁`: a year before the value after the verb. */
const VALUE_YEAR = /^(20\d\d)年(?:末|底)?的?/;
/** `由2020年的78岁` right before the verb: where the indicator starts from. */
const FROM_VALUE = new RegExp(`由(?:(20\\d\\d)年(?:末|底)?的?)?(${ONE_VALUE})$`);
const VALUE_ALONE = new RegExp(`^(${ONE_VALUE})$`);
/** A part of the target before it, in an aside (`3.4人（其中中医类别0.55人）`) or a clause of its own (`，其中公立医院4.2张左右`). */
const PART_ASIDE = new RegExp(`[(（]\\s*其中\\s*([^()（）\\d]{1,16}?)\\s*(${ONE_VALUE})\\s*[)）]`, 'g');
const PART_CLAUSE = new RegExp(`^\\s*其中\\s*([^\\d<>≤≥]{1,16}?)\\s*(${ONE_VALUE})\\s*$`);
const VERB = new RegExp(targetVerbPattern(), 'g');
const SIGN_OR_WORD_PREFIX = new RegExp(`${comparatorPattern('prefix')}$`);
const SHARED_SUFFIX = new RegExp(`(${comparatorPattern('suffix')})$`);
/** Words an indicator's name ends with (a rate, a count per population, an age …). */
const INDICATOR_NOUN = /(率|数|寿命|水平|性别比|比例|比重|占比|强度|住院日)$/;
/** A per-population name (`每千常住人口执业(助理)医师`); its qualifier is shared with the next name of a list. */
const PER_CAPITA = /^(每[千万百](?:常住)?人口)/;
/** Where a name shared by several values starts its common tail (`高血压和糖尿病患者规范管理率`). */
const TAIL_START = /(患者|人群|儿童|妇女|老年人|孕产妇)/;
/** Words that make a phrase an action or a change rather than an indicator's name. */
const NOT_A_NAME = /每年|逐年|降低|提高|提升|下降|增长|加强|推进|稳步|逐步|持续|进一步|[并且和及]$/;
const LEADING_FILLER = /^(?:[、和及,，]|到20\d\d年|20\d\d年(?:末|底)?|确保|力争|计划|预计|使|要|全区|全县|全市|全旗|辖区内|并|且|同时|其中)+/;
/** Words between a name and its verb that belong to neither: sharing (均, 分别) and resolve (力争, 确保: `床位数力争达到7.2张`). */
const TRAILING_SHARING = /(均|要求|分别|力争|确保|争取|计划|预计|将)+$/;
const YEARS_IN_NAME = /(?:到|至)?(20\d\d)年(?:底|末)?(?:(?:和|、|及|与)(?:到|至)?(20\d\d)年)*/;
/** A clause that is only a list of years (`到2022年和2030年`): the values after it go one to a year. */
const YEARS_ONLY = /^\s*(?:到|至)?(20\d\d)年(?:(?:和|、|及|与)(?:到|至)?(20\d\d)年)+\s*$/;
const DATED = /(?:到|至)(20\d\d)年|(20\d\d)年(?:末|底)/g;
/** A clause opening with a year up to the base year and no 到: that year's state, background. */
const STATED_YEAR = /^\s*(?:在|截至|截止)?(20\d\d)年/;
/** A clause about what already is: background, not a target (a past five-year plan is asked of periods.ts). */
const HISTORY = new RegExp(historyPattern());

interface ProseHit {
	name: string;
	text: string;
	year: number | null;
	/** `由2020年的78岁提高到…`: the starting value printed before the verb. */
	baseline?: { year: number | null; text: string };
}

/** A name is a target's when it reads as an indicator: a rate, a per-population figure, or a canonical one. */
function isIndicatorName(printed: string): boolean {
	const folded = fold(printed);
	return folded.length >= 2 && folded.length <= 40 && !/\d{4}年/.test(folded) && !NOT_A_NAME.test(folded) && (INDICATOR_NOUN.test(folded) || PER_CAPITA.test(folded) || canonicalFor(folded) !== null);
}

/** Value items of a matched list, each as printed, the list's closing comparator word shared by all. */
function valueTexts(printed: string, aligned: string, from: number, to: number, prefix: string): string[] {
	const items = [...aligned.slice(from, to).matchAll(ONE_VALUE_G)].map((m) => printed.slice(from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length).trim());
	const last = fold(items.at(-1) ?? '');
	const suffix = SHARED_SUFFIX.exec(last)?.[1];
	const suffixPrinted = suffix ? (items.at(-1) ?? '').slice(-suffix.length) : '';
	return items.map((t) => `${prefix}${suffix && !SHARED_SUFFIX.test(fold(t)) ? `${t}${suffixPrinted}` : t}`);
}

/** Spans [start, end) of `aligned.slice(from, to)` split by `re`. */
function spans(aligned: string, from: number, to: number, re: RegExp): [number, number][] {
	const out: [number, number][] = [];
	let at = from;
	for (const m of aligned.slice(from, to).matchAll(new RegExp(re.source, 'g'))) {
		out.push([at, from + (m.index ?? 0)]);
		at = from + (m.index ?? 0) + m[0].length;
	}
	out.push([at, to]);
	return out;
}

/**
 * Reads one clause of a sentence (between commas) into (name, printed value, year) targets: `A、B和C
 * 分别降至x、y和z以下` (names paired with values), `A和B均达65%以上` (a shared value; the common tail
 * completes each name), `每千常住人口医师增至3.9人、注册护士增至3.6人` (chained pairs sharing the
 * per-population qualifier), `A到2022年和2030年分别提高到x和y` (one name, one value per year), `人均
 * 期望寿命81岁` (no verb), and a clause that is only verb and value after a clause that is only a name
 * (`千人口医疗机构床位，计划增至6.5张`, `A达到22%，到2030年达到30%`: the `carried` name), and values one to a
 * year after a clause of years (`到2022年和2030年，A分别达到22%和30%`: `years`).
 */
export function readTargetClause(clause: string, context: { carried?: string | null; years?: number[] } = {}): ProseHit[] {
	const carried = context.carried ?? null;
	const ahead = context.years ?? [];
	const aligned = foldAligned(clause);
	const hits: ProseHit[] = [];
	let pos = 0;
	let qualifier: string | null = null;
	VERB.lastIndex = 0;
	for (let v = VERB.exec(aligned); v; v = VERB.exec(aligned)) {
		const dated = VALUE_YEAR.exec(aligned.slice(v.index + v[0].length));
		const verbEnd = v.index + v[0].length + (dated?.[0].length ?? 0);
		const values = VALUE_LIST.exec(aligned.slice(verbEnd));
		if (!values || values[1] === undefined || aligned[v.index - 1] === '已') {
			VERB.lastIndex = v.index + 1;
			continue;
		}
		const valuesEnd = verbEnd + values[0].length;
		// The verb itself may be the comparator (`不低于72岁`, `≥90%`): keep it with the value.
		const prefix = SIGN_OR_WORD_PREFIX.test(v[0]) ? clause.slice(v.index, verbEnd).replace(/^(均要求|均|分别|要求)/, '') : '';
		const texts = valueTexts(clause, aligned, verbEnd, valuesEnd, prefix);
		const from = FROM_VALUE.exec(aligned.slice(pos, v.index));
		const namesEnd = from ? pos + from.index : v.index;
		const found = readNames(clause, aligned, pos, namesEnd, texts, /^(均|分别)/.test(v[0]) || /均$/.test(aligned.slice(pos, v.index)), qualifier, carried, ahead);
		const baseline = from && from[2] !== undefined ? { year: from[1] ? Number(from[1]) : null, text: clause.slice(v.index - from[2].length, v.index).trim() } : undefined;
		const year = dated ? Number(dated[1]) : null;
		hits.push(...found.hits.map((h) => ({ ...h, year: h.year ?? year, ...(baseline && found.hits.length === 1 ? { baseline } : {}) })));
		qualifier = found.qualifier ?? qualifier;
		pos = valuesEnd;
		VERB.lastIndex = valuesEnd;
	}
	if (hits.length === 0) {
		// A canonical indicator with a worded target (`出生人口性别比保持在正常范围`).
		VERB.lastIndex = 0;
		const v = VERB.exec(aligned);
		if (v) {
			const lead = LEADING_FILLER.exec(aligned.slice(0, v.index))?.[0].length ?? 0;
			const name = clause.slice(lead, v.index).replace(/(均|要求|分别)+$/, '').trim();
			const rest = clause.slice(v.index + v[0].length).trim();
			if (name && rest && !/\d/.test(rest) && isIndicatorName(name) && canonicalFor(fold(name))) return [{ name, text: `${clause.slice(v.index, v.index + v[0].length)}${rest}`, year: null }];
		}
		// No verb: `人均期望寿命81岁` — a name, then one value with a unit or comparator, and nothing else.
		const start = aligned.search(/[<>≤≥≦≧＜＞\d]/);
		const value = start > 0 ? VALUE_ALONE.exec(aligned.slice(start)) : null;
		if (value && /[^\d.\s]/.test(value[1] ?? '')) {
			const lead = LEADING_FILLER.exec(aligned.slice(0, start))?.[0].length ?? 0;
			const name = clause.slice(lead, start).trim();
			if (isIndicatorName(name)) hits.push({ name, text: clause.slice(start).trim(), year: null });
		}
	}
	return hits;
}

/** The names before one verb, paired with that verb's values (see {@link readTargetClause}). */
function readNames(
	printed: string,
	aligned: string,
	from: number,
	to: number,
	texts: string[],
	together: boolean,
	qualifier: string | null,
	carried: string | null,
	ahead: number[],
): { hits: ProseHit[]; qualifier: string | null } {
	// `2030年达到30%`: a year opening the clause is the year of its target.
	const opening = /^(20\d\d)年(?:末|底)?(?!\d)/.exec(aligned.slice(from, to));
	const own = opening ? Number(opening[1]) : null;
	let start = from + (LEADING_FILLER.exec(aligned.slice(from, to))?.[0].length ?? 0);
	let end = to - (TRAILING_SHARING.exec(aligned.slice(start, to))?.[0].length ?? 0);
	let years: number[] = [];
	const y = YEARS_IN_NAME.exec(aligned.slice(start, end));
	let cut: [number, number] | null = null;
	if (y) {
		years = [...y[0].matchAll(/(20\d\d)年/g)].map((m) => Number(m[1]));
		cut = [start + y.index, start + y.index + y[0].length];
	}
	const whole = (cut ? printed.slice(start, cut[0]) + printed.slice(cut[1], end) : printed.slice(start, end)).trim();
	if (whole === '') {
		return { hits: carried && texts.length === 1 ? [{ name: carried, text: texts[0] as string, year: own }] : [], qualifier };
	}
	if (!cut && ahead.length > 1) years = ahead;
	if (years.length > 0 && years.length === texts.length && isIndicatorName(whole)) {
		return { hits: years.map((year, k) => ({ name: whole, text: texts[k] as string, year })), qualifier };
	}
	if (cut) end = cut[0];
	let parts = spans(aligned, start, end, /、|和/).map(([s, e]) => printed.slice(s, e).trim());
	// A name that only makes sense with the qualifier of the name before it (`注册护士` after `每千常住人口…医师`).
	const perCapita = PER_CAPITA.exec(fold(parts[0] ?? ''))?.[1] ?? null;
	if (perCapita === null && qualifier && parts.length === 1 && !isIndicatorName(whole) && isIndicatorName(`${qualifier}${whole}`)) parts = [`${qualifier}${whole}`];
	const nextQualifier = perCapita ? (parts[0] as string).slice(0, perCapita.length) : null;
	if (texts.length > 1 && parts.length === texts.length && parts.every(isIndicatorName)) {
		return { hits: parts.map((name, k) => ({ name, text: texts[k] as string, year: null })), qualifier: nextQualifier };
	}
	if (texts.length === 1 && together && parts.length > 1) {
		const last = parts.at(-1) as string;
		const tail = TAIL_START.exec(fold(last));
		const named = parts.map((p, k) => (k < parts.length - 1 && !isIndicatorName(p) && tail && tail.index > 0 ? `${p}${last.slice(tail.index)}` : p));
		if (named.every(isIndicatorName)) return { hits: named.map((name) => ({ name, text: texts[0] as string, year: null })), qualifier: nextQualifier };
	}
	const single = parts.length === 1 ? (parts[0] as string) : whole;
	if (texts.length === 1 && isIndicatorName(single)) return { hits: [{ name: single, text: texts[0] as string, year: null }], qualifier: nextQualifier };
	return { hits: [], qualifier: nextQualifier };
}

/**
 * Quantitative targets stated in running text, wherever they stand (under a goals heading, before
 * any heading, in a ——bullet). Background never gives targets: a 十三五 review section, a sentence
 * about 十三五 or what is already reached, or a clause stating a year up to the base year (`2020年，
 * …达到77.1岁`). A clause's year is the last `到2025年` / `2025年末` before it, `“十四五”末` / `期末`
 * for the period's end, else the period's end.
 */
export function proseIndicators(node: ParagraphNode, file: string, period: Plan['period']): Draft[] {
	// Front matter never states targets, except a news headline that carries one (`…人均预期寿命将达81岁`).
	if ((node.role && node.role !== 'headline') || node.section?.background) return [];
	const out: Draft[] = [];
	let year: number | null = null;
	for (const sentence of splitSentences(node.text)) {
		const folded = foldAligned(sentence);
		if (HISTORY.test(folded) || namesPastPeriod(folded, period)) continue;
		let carried: string | null = null;
		let years: number[] = [];
		let offset = 0;
		for (const clause of sentence.split(/[，,：:]/)) {
			const aligned = folded.slice(offset, offset + clause.length);
			offset += clause.length + 1;
			for (const m of aligned.matchAll(DATED)) year = Number(m[1] ?? m[2]);
			year = periodEndYear(aligned, period) ?? year;
			const alone = /^\s*(20\d\d)年(?:末|底)?\s*$/.exec(aligned);
			if (alone) year = Number(alone[1]);
			const stated = STATED_YEAR.exec(aligned);
			if (stated && Number(stated[1]) <= period.base_year) year = Number(stated[1]);
			const only = YEARS_ONLY.exec(aligned);
			if (only) {
				years = [...aligned.matchAll(/(20\d\d)年/g)].map((m) => Number(m[1]));
				continue;
			}
			const past = year !== null && year <= period.base_year;
			const whole = withoutSentenceEnd(clause);
			// Parts (其中…) are read apart from the target they belong to.
			// Matched on the aligned folded view (full-width digits, traditional script), sliced from the printed clause.
			const parts: { name: string; text: string }[] = [];
			let body = whole;
			for (const m of foldAligned(whole).matchAll(new RegExp(PART_ASIDE.source, 'dg'))) {
				const [name, text] = [m.indices?.[1], m.indices?.[2]] as [[number, number], [number, number]];
				parts.push({ name: whole.slice(name[0], name[1]).trim(), text: whole.slice(text[0], text[1]).trim() });
				body = body.slice(0, m.index) + ' '.repeat(m[0].length) + body.slice(m.index + m[0].length);
			}
			const partOnly = parts.length === 0 ? new RegExp(PART_CLAUSE.source, 'd').exec(foldAligned(body)) : null;
			if (partOnly && !past) {
				const [name, text] = [partOnly.indices?.[1], partOnly.indices?.[2]] as [[number, number], [number, number]];
				parts.push({ name: body.slice(name[0], name[1]).trim(), text: body.slice(text[0], text[1]).trim() });
			}
			const hits: ProseHit[] = past || partOnly ? [] : readTargetClause(body, { carried, years });
			if (hits.length > 0) years = [];
			// The next clause may go on with this one's name (`，到2030年达到30%`) or take a bare name from it (`床位，计划增至6.5张`).
			const bare = body.replace(LEADING_FILLER, '');
			carried = hits.length > 0 ? (hits.at(-1) as ProseHit).name : body.length <= 30 && !/\d/.test(body) && isIndicatorName(bare) && canonicalFor(fold(bare)) ? bare : null;
			if (partOnly) {
				// The clause names a part of the target before it; the name carried stays that target's.
				const parent = out.findLast((d) => !d.of);
				if (parent && parent.line === node.line) out.push(...parts.map((p) => partDraft(parent, p)));
				continue;
			}
			for (const hit of hits) {
				const parsed = parseValue(hit.text);
				const canonical = canonicalFor(fold(hit.name));
				out.push({
					line: node.line,
					name: hit.name,
					name_en: canonical?.en ?? null,
					canonical: canonical?.id ?? null,
					domain: null,
					unit: parsed.unit,
					baseline: hit.baseline ? { year: hit.baseline.year ?? period.base_year, value: parseValue(hit.baseline.text).value, text: hit.baseline.text } : null,
					target: { year: hit.year ?? year ?? period.end, value: parsed.value, comparator: parsed.comparator, range: parsed.range, text: hit.text },
					attribute: null,
					attribute_text: null,
					kind: 'prose',
					source: { file, line: node.line, quote: sentence.trim() },
					anchor: node.id,
					section: node.section?.title ?? null,
					note: parsed.note,
				});
			}
			const parent = hits.length > 0 ? out.at(-1) : undefined;
			if (parent) out.push(...parts.map((p) => partDraft(parent, p)));
		}
	}
	return out;
}

/**
 * A part of a target (`其中公立医院4.2张左右`): its own target, named with its parent
 * (`每千常住人口医疗卫生机构床位数（公立医院）`), for the parent's year, linked to it. Not the
 * canonical indicator: a part is not the whole.
 */
function partDraft(parent: Draft, part: { name: string; text: string }): Draft {
	const parsed = parseValue(part.text);
	return {
		...parent,
		name: `${parent.name}（${part.name}）`,
		name_en: null,
		canonical: null,
		unit: parsed.unit ?? parent.unit,
		baseline: null,
		target: { year: parent.target.year, value: parsed.value, comparator: parsed.comparator, range: parsed.range, text: part.text },
		note: parsed.note,
		of: parent,
	};
}
