// Front matter: which lines around the plan are not plan text (an issuing notice, a portal's
// metadata block, a news headline, a contents list, the title lines) and what they say (title,
// status, date, period, issuer). Runs on the source lines before blocks are built; blocks.ts
// keeps a line with a role as a plain line (never a heading or table), document.ts marks it.
// Line kinds are in rules/roles.ts, title wrappers in rules/title.ts, status words in rules/status.ts.
import type { PlanStatus } from '../schema/plan.ts';
import { fold, foldAligned } from '../shared/fold.ts';
import { matchHeadingMark } from './headings.ts';
import type { SourceLine } from './lines.ts';
import { parseNumeral } from './vocabulary.ts';
import { DATE, dateText, HEADLINE, isDateLine, ISSUER, lineKind, NEWS_LEAD, NEWS_VERB, NOTICE_TITLE_START, PORTAL_DATE_FIELDS, PORTAL_ISSUER_FIELDS, PORTAL_TITLE_FIELDS, type LineRole } from './rules/roles.ts';
import { statusOfLine, statusSuffix } from './rules/status.ts';
import { PLAN_WORD, TITLE_END, unwrapTitle, type WrappedTitle } from './rules/title.ts';
import { FIVE_YEAR_NAME } from './periods.ts';

/** The extension of a title printed as a file name (a copied page's download link). */
const FILE_EXTENSION = /\.(?:docx?|wps|pdf|txt|html?|ofd)$/i;
/** A five-year plan named in a title (十四五, 十五五, 第十四个五年). */
const FIVE_YEAR = new RegExp(FIVE_YEAR_NAME);

/** The title as read: printed text, the lines it stands on, and where it came from. */
export interface FrontTitle {
	text: string;
	lines: number[];
	source: 'printed' | 'notice' | 'quoted';
	/** The wrapper it was read from (rules/title.ts), `portal` for a portal's 标题 field, null for printed title lines. */
	wrapper: string | null;
}

/** What the front matter says, each value with the line it was read from. */
export interface FrontMatter {
	/** Role of each line (1-based line number) that is not plan text. */
	roles: Map<number, LineRole>;
	title: FrontTitle | null;
	status: { status: PlanStatus; line: number; why: 'printed' | 'wrapper' | 'notice' } | null;
	/** ISO date (YYYY-MM-DD): 成文日期, the notice's date, the closing 落款 date, or the portal's 发布时间, in that order. */
	date: { iso: string; line: number; from: 'written' | 'notice' | 'closing' | 'published' } | null;
	period: { start: number; end: number; line: number } | null;
	/** Lines naming who issued the text (notice issuer, portal 发布机构, closing 落款): region sources after the title. */
	issuers: { text: string; line: number }[];
	/** First line of the plan body (after the head's front matter); lines before it are all marked. */
	bodyLine: number;
}

/** Lines of a title at most; a title longer than this is not one. */
const TITLE_LINES = 3;
const TITLE_MAX = 60;
/** How far into a text front matter is looked for (non-blank lines). */
const HEAD_MAX = 80;
/** How many paragraphs after the head may name the plan in a wrapper (以下简称, 近日公布). */
const BODY_WRAPPER_LINES = 8;
/** Non-blank lines at the end that may hold the closing 落款 (issuer and date). */
const CLOSING_LINES = 6;
/** Paragraphs a notice may have before its issuer and date. */
const NOTICE_PARAGRAPHS = 6;

/** `2022年3月8日`, `二〇二〇年十一月十七日`, `2022-06-30`, `（2022年3月8日印发）` → ISO `YYYY-MM-DD`; null when not a whole valid date. */
export function parseDate(text: string): string | null {
	const m = DATE.exec(dateText(fold(text)));
	if (!m?.groups) return null;
	const g = m.groups;
	const yearText = (g.y ?? g.y2) as string;
	const year = /^\d+$/.test(yearText) ? Number(yearText) : Number([...yearText].map((c) => parseNumeral(c) ?? NaN).join(''));
	const month = parseNumeral((g.m ?? g.m2) as string);
	const day = parseNumeral((g.d ?? g.d2) as string);
	if (!Number.isInteger(year) || month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A contents entry's text without its printed page number (`二、形势与挑战 5` → text `二、形势与挑战`, page `5`). */
export function splitPageNumber(text: string): { text: string; page: string | null } {
	const m = /^(.*?\S)(?:[\s\t]*[.·…．_—-]{2,}[\s\t]*|[\s\t\u3000]+)(\d{1,4})$/.exec(text);
	return m ? { text: m[1] as string, page: m[2] as string } : { text, page: null };
}

/** The years of a period line or phrase: `（2021—2025年）` → 2021, 2025. */
export function parsePeriod(folded: string): { start: number; end: number } | null {
	const m = /((?:19|20)\d\d)\s*年?\s*[-—–~～至到]{1,2}\s*((?:19|20)\d\d)\s*年?/.exec(folded);
	if (!m) return null;
	const start = Number(m[1]);
	const end = Number(m[2]);
	return end > start && end - start <= 20 ? { start, end } : null;
}

const titleish = (t: string): boolean => t.length > 0 && t.length <= TITLE_MAX && !/[。;!?！？；]/.test(t) && !/:$/.test(t) && (t.match(/\s+/g)?.length ?? 0) <= 1 && !/^[\d\s.]+$/.test(t);

/** What the passes over the front matter share: the non-blank rows, their folded text, and what has been read so far. */
interface FrontState {
	rows: SourceLine[];
	/** Folded, trimmed text of row k (folded lazily: most of a long text is only looked at for short status or date lines). */
	at: (k: number) => string | undefined;
	roles: Map<number, LineRole>;
	issuers: FrontMatter['issuers'];
	dates: { iso: string; line: number; from: NonNullable<FrontMatter['date']>['from'] }[];
	title: FrontTitle | null;
	/** A title named in a wrapper (a notice, a headline, 以下简称): used when no title line is printed. */
	wrapped: (WrappedTitle & { line: number }) | null;
	status: FrontMatter['status'];
	period: FrontMatter['period'];
	noticeSeen: boolean;
	portalTitle: { text: string; line: number } | null;
}

function frontState(lines: SourceLine[]): FrontState {
	const rows = lines.filter((l) => l.text !== '');
	const cache: (string | undefined)[] = [];
	const at = (k: number): string | undefined => (k < 0 || k >= rows.length ? undefined : (cache[k] ??= fold((rows[k] as SourceLine).text).trim()));
	return { rows, at, roles: new Map(), issuers: [], dates: [], title: null, wrapped: null, status: null, period: null, noticeSeen: false, portalTitle: null };
}

const mark = (st: FrontState, k: number, role: LineRole): void => void st.roles.set((st.rows[k] as SourceLine).n, role);
const lineNo = (st: FrontState, k: number): number => (st.rows[k] as SourceLine).n;
const printedAt = (st: FrontState, k: number): string => (st.rows[k] as SourceLine).text;

/** A portal metadata line: who issued the text, its title field, its written and published dates. */
function readPortalLine(st: FrontState, k: number): void {
	const t = st.at(k) as string;
	const line = lineNo(st, k);
	for (const field of PORTAL_ISSUER_FIELDS) {
		const m = new RegExp(`${field}\\s*:?\\s*([^\\s:]{2,40})`).exec(t);
		if (m?.[1]) st.issuers.push({ text: m[1], line });
	}
	for (const field of PORTAL_TITLE_FIELDS) {
		const printed = printedAt(st, k);
		const m = new RegExp(`^${field}\\s*:?\\s*(?<title>\\S(?:.*?\\S)?)(?:\\s{2,}|$)`, 'd').exec(foldAligned(printed));
		const span = m?.indices?.groups?.title;
		if (span && !st.portalTitle && PLAN_WORD.test(m.groups?.title ?? '')) st.portalTitle = { text: printed.slice(span[0], span[1]), line };
	}
	for (const [from, fields] of [['written', PORTAL_DATE_FIELDS.written], ['published', PORTAL_DATE_FIELDS.published]] as const) {
		for (const field of fields) {
			const m = new RegExp(`${field}\\s*:?\\s*(\\d{4})\\s*[-年./]\\s*(\\d{1,2})\\s*[-月./]\\s*(\\d{1,2})`).exec(t);
			const iso = m ? parseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
			if (iso) st.dates.push({ iso, line, from });
		}
	}
}

/**
 * The title lines from row k (up to TITLE_LINES short lines, joined), unwrapped when they are a
 * wrapper (《…》草案解读) and with a printed status suffix or file extension taken off. Returns the
 * row after the title, or k when the lines there are no title.
 */
function readTitleLines(st: FrontState, k: number, forceJoin: boolean): number {
	const parts = [k];
	let acc = st.at(k) as string;
	while (parts.length < TITLE_LINES) {
		const j = k + parts.length;
		const next = st.at(j);
		if (next === undefined || lineKind(next) || statusOfLine(next) || !titleish(next) || matchHeadingMark(next)) break;
		const joinsIssuer = (forceJoin || ISSUER.test(acc)) && /^关于/.test(next);
		if (TITLE_END.test(acc.replace(FILE_EXTENSION, '')) && !joinsIssuer) break;
		if (ISSUER.test(acc) && !joinsIssuer) break;
		parts.push(j);
		acc += next;
	}
	const printed = parts.map((j) => printedAt(st, j)).join('');
	if (!PLAN_WORD.test(acc) && !FIVE_YEAR.test(acc)) return k;
	for (const j of parts) mark(st, j, 'title');
	const numbers = parts.map((j) => lineNo(st, j));
	const unwrapped = unwrapTitle(printed, foldAligned(printed), 'head');
	if (unwrapped) {
		st.title = { text: unwrapped.title, lines: numbers, source: unwrapped.wrapper.source, wrapper: unwrapped.wrapper.name };
		if (unwrapped.status && !st.status) st.status = { status: unwrapped.status, line: numbers[0] as number, why: 'wrapper' };
		return k + parts.length;
	}
	// A title written as a file name (沁源县“十四五”卫生健康事业发展规划.docx): the name without its extension.
	let text = printed.trim().replace(FILE_EXTENSION, '');
	const suffix = statusSuffix(foldAligned(text));
	if (suffix && suffix.length > 0) {
		if (!st.status) st.status = { status: suffix.status, line: numbers.at(-1) as number, why: 'printed' };
		text = text.slice(0, suffix.length).trim();
	}
	const bare = /^《([^《》]+)》$/.exec(text);
	st.title = { text: bare ? (bare[1] as string) : text, lines: numbers, source: 'printed', wrapper: null };
	return k + parts.length;
}

/** A contents list from its 目录 line: entries up to a repeated entry, a sentence or a status line. Returns the row after it. */
function readContents(st: FrontState, k: number): number {
	mark(st, k, 'contents-title');
	const seen = new Set<string>();
	let j = k + 1;
	for (; j < st.rows.length && j - k <= 200; j++) {
		const t = st.at(j) as string;
		const compact = splitPageNumber(t).text.replace(/\s/g, '');
		if (seen.has(compact) || /[。;；]/.test(t) || t.length > 80 || statusOfLine(t)) break;
		seen.add(compact);
		mark(st, j, 'contents');
	}
	return j;
}

/** A news headline (the first line, before anything but portal lines); one naming the plan in a news wrapper (《…》出炉) gives its title when nothing better does. */
function readHeadline(st: FrontState, k: number): number | null {
	const t = st.at(k) as string;
	const first = !st.title && [...st.roles.values()].every((r) => r === 'portal');
	const newsLead = NEWS_LEAD.test(st.at(k + 1) ?? '') && !/[。]/.test(t) && (!PLAN_WORD.test(t) || NEWS_VERB.test(t));
	if (!first || lineKind(t) || !(HEADLINE.test(t) || newsLead)) return null;
	const printed = printedAt(st, k);
	const w = unwrapTitle(printed, foldAligned(printed), 'body');
	if (w && !st.wrapped) st.wrapped = { ...w, line: lineNo(st, k) };
	mark(st, k, 'headline');
	return k + 1;
}

/** 关于印发《XX县“十四五”卫生健康 / 事业发展规划》的通知: a notice title over two or three lines. */
function readNoticeTitle(st: FrontState, k: number): number | null {
	const t = st.at(k) as string;
	if (lineKind(t) || !NOTICE_TITLE_START.test(t) || /通知$/.test(t)) return null;
	let end = k;
	while (end < k + 2 && st.at(end + 1) !== undefined && !/通知$/.test(st.at(end) as string)) end++;
	if (!/通知$/.test(st.at(end) as string)) return null;
	const printed = st.rows.slice(k, end + 1).map((r) => r.text).join('');
	if (lineKind(fold(printed)) !== 'notice-title') return null;
	for (let j = k; j <= end; j++) mark(st, j, 'notice-title');
	st.noticeSeen = true;
	const w = unwrapTitle(printed, foldAligned(printed), 'head');
	if (w && !st.wrapped) st.wrapped = { ...w, line: lineNo(st, k) };
	return end + 1;
}

/** A line whose kind it says itself (rules/roles.ts LINE_KINDS): portal, notice, addressee, date, period… */
function readKindLine(st: FrontState, k: number): number | null {
	const t = st.at(k) as string;
	const kind = lineKind(t);
	if (!kind) return null;
	mark(st, k, kind);
	const line = lineNo(st, k);
	if (kind === 'portal') readPortalLine(st, k);
	if (kind === 'notice-title' || kind === 'notice' || kind === 'addressee') st.noticeSeen ||= kind !== 'addressee' || /印发|转发/.test(st.at(k + 1) ?? '');
	if (kind === 'notice-title' || kind === 'notice') {
		const w = unwrapTitle(printedAt(st, k), foldAligned(printedAt(st, k)), 'head');
		if (w && !st.wrapped) st.wrapped = { ...w, line };
	}
	if (kind === 'date') {
		const iso = parseDate(t);
		if (iso) st.dates.push({ iso, line, from: 'notice' });
	}
	if (kind === 'period' && !st.period) {
		const p = parsePeriod(t);
		if (p) st.period = { ...p, line };
	}
	return k + 1;
}

/** Inside a notice: its attachment mark (附件) and further paragraphs up to the issuer and date. */
function readNoticeBody(st: FrontState, k: number): number | null {
	const t = st.at(k) as string;
	if (!st.noticeSeen || st.title) return null;
	if (/^附件\s*\d*\s*:?$/.test(t)) {
		mark(st, k, 'notice');
		return k + 1;
	}
	if (!/。/.test(t)) return null;
	let j = k;
	while (j < k + NOTICE_PARAGRAPHS && st.at(j) !== undefined && !isDateLine(st.at(j) as string)) j++;
	if (st.at(j) === undefined || !isDateLine(st.at(j) as string)) return null;
	for (let i = k; i < j; i++) {
		const issuer = ISSUER.test(st.at(i) as string);
		mark(st, i, issuer ? 'issuer' : 'notice');
		if (issuer) st.issuers.push({ text: st.at(i) as string, line: lineNo(st, i) });
	}
	return j;
}

/** A status mark on its own line (（征求意见稿）). */
function readStatusLine(st: FrontState, k: number): number | null {
	const found = statusOfLine(st.at(k) as string);
	if (!found) return null;
	mark(st, k, 'status');
	if (!st.status) st.status = { status: found, line: lineNo(st, k), why: 'printed' };
	return k + 1;
}

/** An issuer line (XX县卫生健康局), or the issuer that opens a title (XX县人民政府 / 关于…规划). */
function readIssuerLine(st: FrontState, k: number): number | null {
	const t = st.at(k) as string;
	if (!ISSUER.test(t)) return null;
	const next = st.at(k + 1) ?? '';
	if (!st.title && /^关于/.test(next) && lineKind(next) !== 'notice-title') {
		const after = readTitleLines(st, k, true);
		if (after > k) return after;
	}
	mark(st, k, 'issuer');
	st.issuers.push({ text: t, line: lineNo(st, k) });
	return k + 1;
}

/** The printed title lines, when no title has been read yet. */
function readTitleLine(st: FrontState, k: number): number | null {
	const t = st.at(k) as string;
	if (st.title || !titleish(t) || matchHeadingMark(t)) return null;
	const after = readTitleLines(st, k, false);
	return after > k ? after : null;
}

/**
 * The head's passes, one per role, tried in this order at each row: the first that reads the row
 * says where the next row is. The head ends at the first row none of them reads.
 */
const HEAD_PASSES: ((st: FrontState, k: number) => number | null)[] = [
	readHeadline,
	(st, k) => (lineKind(st.at(k) as string) === 'contents-title' ? readContents(st, k) : null),
	readNoticeTitle,
	readKindLine,
	readNoticeBody,
	readStatusLine,
	readIssuerLine,
	readTitleLine,
];

/** Reads the head of the text (everything before the plan body); returns the index of the body's first row. */
function readHead(st: FrontState): number {
	let k = 0;
	while (k < st.rows.length && k < HEAD_MAX) {
		let next: number | null = null;
		for (const pass of HEAD_PASSES) {
			next = pass(st, k);
			if (next !== null) break;
		}
		if (next === null) break;
		k = next;
	}
	return k;
}

/** The plan named in a wrapper in the first paragraphs of the body (以下简称《规划》, 《…》近日公布). */
function readBodyWrapper(st: FrontState, bodyIndex: number): void {
	if (st.title || st.wrapped) return;
	for (let j = bodyIndex; j < st.rows.length && j < bodyIndex + BODY_WRAPPER_LINES; j++) {
		if (st.roles.has(lineNo(st, j))) continue;
		const w = unwrapTitle(printedAt(st, j), foldAligned(printedAt(st, j)), 'body');
		if (w) {
			st.wrapped = { ...w, line: lineNo(st, j) };
			return;
		}
	}
}

/** The title when no title line is printed: a portal's 标题 field, else the wrapper that names the plan. */
function settleTitle(st: FrontState): void {
	if (!st.title && st.portalTitle) st.title = { text: st.portalTitle.text, lines: [st.portalTitle.line], source: 'printed', wrapper: 'portal' };
	if (!st.title && st.wrapped) st.title = { text: st.wrapped.title, lines: [st.wrapped.line], source: st.wrapped.wrapper.source, wrapper: st.wrapped.wrapper.name };
}

/** The closing 落款: a date among the last lines, and the issuer printed just above it. */
function readClosing(st: FrontState, bodyIndex: number): void {
	for (let j = st.rows.length - 1; j >= Math.max(bodyIndex, st.rows.length - CLOSING_LINES); j--) {
		const t = st.at(j) as string;
		const iso = isDateLine(t) ? parseDate(t) : null;
		if (!iso) continue;
		mark(st, j, 'date');
		st.dates.push({ iso, line: lineNo(st, j), from: 'closing' });
		const above = st.at(j - 1);
		if (j - 1 >= bodyIndex && above && ISSUER.test(above)) {
			mark(st, j - 1, 'issuer');
			st.issuers.push({ text: above, line: lineNo(st, j - 1) });
		}
		return;
	}
}

/** A portal page's chrome copied after the text (【打印】【关闭】, 分享到), and a standalone status mark or date elsewhere: marks, not plan text. */
function markStrayLines(st: FrontState, bodyIndex: number): void {
	for (let j = Math.max(bodyIndex, st.rows.length - CLOSING_LINES); j < st.rows.length; j++) {
		if (!st.roles.has(lineNo(st, j)) && printedAt(st, j).length <= 60 && lineKind(st.at(j) as string) === 'portal') mark(st, j, 'portal');
	}
	for (let j = bodyIndex; j < st.rows.length; j++) {
		if (st.roles.has(lineNo(st, j)) || printedAt(st, j).length > 24) continue;
		const t = st.at(j) as string;
		if (statusOfLine(t)) mark(st, j, 'status');
		else if (isDateLine(t) && parseDate(t)) mark(st, j, 'date');
	}
}

/** Reads the front matter of a plan text (see the module comment): the head's passes, then the body's wrapper, closing and stray marks. Pure; never throws. */
export function readFront(lines: SourceLine[]): FrontMatter {
	const st = frontState(lines);
	const bodyIndex = readHead(st);
	readBodyWrapper(st, bodyIndex);
	settleTitle(st);
	readClosing(st, bodyIndex);
	markStrayLines(st, bodyIndex);
	// An issuing notice with a date is the issued text (印发稿) unless a status is printed.
	if (!st.status && st.noticeSeen) {
		const d = st.dates.find((x) => x.from === 'notice' || x.from === 'written');
		if (d) st.status = { status: '印发稿', line: d.line, why: 'notice' };
	}
	const order = ['written', 'notice', 'closing', 'published'] as const;
	const date = order.map((from) => st.dates.find((d) => d.from === from)).find(Boolean) ?? null;
	return { roles: st.roles, title: st.title, status: st.status, date, period: st.period, issuers: st.issuers, bodyLine: st.rows[bodyIndex]?.n ?? (lines.at(-1)?.n ?? 0) + 1 };
}
