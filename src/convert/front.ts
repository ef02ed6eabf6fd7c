// Front matter: which lines around the plan are not plan text (an issuing notice, a portal's
// metadata block, a news headline, a contents list, the title lines) and what they say (title,
// status, date, period, issuer). Runs on the source lines before blocks are built; blocks.ts
// keeps a line with a role as a plain line (never a heading or table), document.ts marks it.
// Line kinds are in rules/roles.ts, title wrappers in rules/title.ts, status words in rules/status.ts.
import type { PlanStatus } from '../schema/plan.ts';
import { fold, foldAligned } from './fold.ts';
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

/** Reads the front matter of a plan text (see the module comment). Pure; never throws. */
export function readFront(lines: SourceLine[]): FrontMatter {
	const rows = lines.filter((l) => l.text !== '');
	// Folded lazily: most of a long text is only looked at for short status or date lines.
	const cache: (string | undefined)[] = [];
	const at = (k: number): string | undefined => (k < 0 || k >= rows.length ? undefined : (cache[k] ??= fold((rows[k] as SourceLine).text).trim()));
	const roles = new Map<number, LineRole>();
	const issuers: FrontMatter['issuers'] = [];
	const dates: { iso: string; line: number; from: NonNullable<FrontMatter['date']>['from'] }[] = [];
	let title: FrontTitle | null = null;
	let wrapped: (WrappedTitle & { line: number }) | null = null;
	let status: FrontMatter['status'] = null;
	let period: FrontMatter['period'] = null;
	let noticeSeen = false;
	let portalTitle: { text: string; line: number } | null = null;
	const mark = (k: number, role: LineRole) => roles.set((rows[k] as SourceLine).n, role);

	const notePortal = (k: number) => {
		const t = at(k) as string;
		const line = (rows[k] as SourceLine).n;
		for (const field of PORTAL_ISSUER_FIELDS) {
			const m = new RegExp(`${field}\\s*:?\\s*([^\\s:]{2,40})`).exec(t);
			if (m?.[1]) issuers.push({ text: m[1], line });
		}
		for (const field of PORTAL_TITLE_FIELDS) {
			const printed = (rows[k] as SourceLine).text;
			const m = new RegExp(`^${field}\\s*:?\\s*(?<title>\\S(?:.*?\\S)?)(?:\\s{2,}|$)`, 'd').exec(foldAligned(printed));
			const span = m?.indices?.groups?.title;
			if (span && !portalTitle && PLAN_WORD.test(m.groups?.title ?? '')) portalTitle = { text: printed.slice(span[0], span[1]), line };
		}
		for (const [from, fields] of [['written', PORTAL_DATE_FIELDS.written], ['published', PORTAL_DATE_FIELDS.published]] as const) {
			for (const field of fields) {
				const m = new RegExp(`${field}\\s*:?\\s*(\\d{4})\\s*[-年./]\\s*(\\d{1,2})\\s*[-月./]\\s*(\\d{1,2})`).exec(t);
				const iso = m ? parseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
				if (iso) dates.push({ iso, line, from });
			}
		}
	};

	const readTitle = (k: number, forceJoin: boolean): number => {
		const parts = [k];
		let acc = at(k) as string;
		while (parts.length < TITLE_LINES) {
			const j = k + parts.length;
			const next = at(j);
			if (next === undefined || lineKind(next) || statusOfLine(next) || !titleish(next) || matchHeadingMark(next)) break;
			const joinsIssuer = (forceJoin || ISSUER.test(acc)) && /^关于/.test(next);
			if (TITLE_END.test(acc.replace(FILE_EXTENSION, '')) && !joinsIssuer) break;
			if (ISSUER.test(acc) && !joinsIssuer) break;
			parts.push(j);
			acc += next;
		}
		const printed = parts.map((j) => (rows[j] as SourceLine).text).join('');
		if (!PLAN_WORD.test(acc) && !FIVE_YEAR.test(acc)) return k;
		for (const j of parts) mark(j, 'title');
		const numbers = parts.map((j) => (rows[j] as SourceLine).n);
		const aligned = foldAligned(printed);
		const unwrapped = unwrapTitle(printed, aligned, 'head');
		if (unwrapped) {
			title = { text: unwrapped.title, lines: numbers, source: unwrapped.wrapper.source, wrapper: unwrapped.wrapper.name };
			if (unwrapped.status && !status) status = { status: unwrapped.status, line: numbers[0] as number, why: 'wrapper' };
			return k + parts.length;
		}
		// A title written as a file name (沁源县“十四五”卫生健康事业发展规划.docx): the name without its extension.
		let text = printed.trim().replace(FILE_EXTENSION, '');
		const suffix = statusSuffix(foldAligned(text));
		if (suffix && suffix.length > 0) {
			if (!status) status = { status: suffix.status, line: numbers.at(-1) as number, why: 'printed' };
			text = text.slice(0, suffix.length).trim();
		}
		const bare = /^《([^《》]+)》$/.exec(text);
		title = { text: bare ? (bare[1] as string) : text, lines: numbers, source: 'printed', wrapper: null };
		return k + parts.length;
	};

	const readContents = (k: number): number => {
		mark(k, 'contents-title');
		const seen = new Set<string>();
		let j = k + 1;
		for (; j < rows.length && j - k <= 200; j++) {
			const t = at(j) as string;
			const compact = splitPageNumber(t).text.replace(/\s/g, '');
			if (seen.has(compact) || /[。;；]/.test(t) || t.length > 80 || statusOfLine(t)) break;
			seen.add(compact);
			mark(j, 'contents');
		}
		return j;
	};

	let k = 0;
	while (k < rows.length && k < HEAD_MAX) {
		const t = at(k) as string;
		const kind = lineKind(t);
		const first = !title && [...roles.values()].every((r) => r === 'portal');
		const newsLead = NEWS_LEAD.test(at(k + 1) ?? '') && !/[。]/.test(t) && (!PLAN_WORD.test(t) || NEWS_VERB.test(t));
		if (first && !kind && (HEADLINE.test(t) || newsLead)) {
			// A headline that names the plan in a news wrapper (《…》出炉) gives its title when nothing better does.
			const row = rows[k] as SourceLine;
			const w = unwrapTitle(row.text, foldAligned(row.text), 'body');
			if (w && !wrapped) wrapped = { ...w, line: row.n };
			mark(k++, 'headline');
			continue;
		}
		if (kind === 'contents-title') {
			k = readContents(k);
			continue;
		}
		// 关于印发《XX县“十四五”卫生健康 / 事业发展规划》的通知: a notice title over two or three lines.
		if (!kind && NOTICE_TITLE_START.test(t) && !/通知$/.test(t)) {
			let end = k;
			while (end < k + 2 && at(end + 1) !== undefined && !/通知$/.test(at(end) as string)) end++;
			if (/通知$/.test(at(end) as string)) {
				const printed = rows.slice(k, end + 1).map((r) => r.text).join('');
				if (lineKind(fold(printed)) === 'notice-title') {
					for (let j = k; j <= end; j++) mark(j, 'notice-title');
					noticeSeen = true;
					const w = unwrapTitle(printed, foldAligned(printed), 'head');
					if (w && !wrapped) wrapped = { ...w, line: (rows[k] as SourceLine).n };
					k = end + 1;
					continue;
				}
			}
		}
		if (kind) {
			mark(k, kind);
			const line = (rows[k] as SourceLine).n;
			if (kind === 'portal') notePortal(k);
			if (kind === 'notice-title' || kind === 'notice' || kind === 'addressee') noticeSeen ||= kind !== 'addressee' || /印发|转发/.test(at(k + 1) ?? '');
			if (kind === 'notice-title' || kind === 'notice') {
				const w = unwrapTitle((rows[k] as SourceLine).text, foldAligned((rows[k] as SourceLine).text), 'head');
				if (w && !wrapped) wrapped = { ...w, line };
			}
			if (kind === 'date') {
				const iso = parseDate(t);
				if (iso) dates.push({ iso, line, from: 'notice' });
			}
			if (kind === 'period' && !period) {
				const p = parsePeriod(t);
				if (p) period = { ...p, line };
			}
			k++;
			continue;
		}
		// Inside a notice: its attachment mark (附件) and further paragraphs up to the issuer and date.
		if (noticeSeen && !title && /^附件\s*\d*\s*:?$/.test(t)) {
			mark(k++, 'notice');
			continue;
		}
		if (noticeSeen && !title && /。/.test(t)) {
			let j = k;
			while (j < k + NOTICE_PARAGRAPHS && at(j) !== undefined && !isDateLine(at(j) as string)) j++;
			if (at(j) !== undefined && isDateLine(at(j) as string)) {
				for (; k < j; k++) {
					const issuer = ISSUER.test(at(k) as string);
					mark(k, issuer ? 'issuer' : 'notice');
					if (issuer) issuers.push({ text: at(k) as string, line: (rows[k] as SourceLine).n });
				}
				continue;
			}
		}
		const st = statusOfLine(t);
		if (st) {
			mark(k, 'status');
			if (!status) status = { status: st, line: (rows[k] as SourceLine).n, why: 'printed' };
			k++;
			continue;
		}
		if (ISSUER.test(t)) {
			const next = at(k + 1) ?? '';
			if (!title && /^关于/.test(next) && lineKind(next) !== 'notice-title') {
				const after = readTitle(k, true);
				if (after > k) {
					k = after;
					continue;
				}
			}
			mark(k, 'issuer');
			issuers.push({ text: t, line: (rows[k] as SourceLine).n });
			k++;
			continue;
		}
		if (!title && titleish(t) && !matchHeadingMark(t)) {
			const after = readTitle(k, false);
			if (after > k) {
				k = after;
				continue;
			}
		}
		break;
	}
	const bodyIndex = k;

	// The plan named in a wrapper in the first paragraphs (以下简称《规划》, 《…》近日公布).
	if (!title && !wrapped) {
		for (let j = bodyIndex; j < rows.length && j < bodyIndex + BODY_WRAPPER_LINES; j++) {
			if (roles.has((rows[j] as SourceLine).n)) continue;
			const row = rows[j] as SourceLine;
			const w = unwrapTitle(row.text, foldAligned(row.text), 'body');
			if (w) {
				wrapped = { ...w, line: row.n };
				break;
			}
		}
	}
	if (!title && portalTitle) {
		const p = portalTitle as { text: string; line: number };
		title = { text: p.text, lines: [p.line], source: 'printed', wrapper: 'portal' };
	}
	if (!title && wrapped) {
		const w = wrapped as WrappedTitle & { line: number };
		title = { text: w.title, lines: [w.line], source: w.wrapper.source, wrapper: w.wrapper.name };
	}

	// The closing 落款: a date among the last lines, and the issuer printed just above it.
	for (let j = rows.length - 1; j >= Math.max(bodyIndex, rows.length - CLOSING_LINES); j--) {
		const t = at(j) as string;
		const iso = isDateLine(t) ? parseDate(t) : null;
		if (!iso) continue;
		mark(j, 'date');
		dates.push({ iso, line: (rows[j] as SourceLine).n, from: 'closing' });
		const above = at(j - 1);
		if (j - 1 >= bodyIndex && above && ISSUER.test(above)) {
			mark(j - 1, 'issuer');
			issuers.push({ text: above, line: (rows[j - 1] as SourceLine).n });
		}
		break;
	}
	// A portal page's chrome copied after the text (【打印】【关闭】, 分享到).
	for (let j = Math.max(bodyIndex, rows.length - CLOSING_LINES); j < rows.length; j++) {
		if (!roles.has((rows[j] as SourceLine).n) && (rows[j] as SourceLine).text.length <= 60 && lineKind(at(j) as string) === 'portal') mark(j, 'portal');
	}
	// A standalone status mark or date elsewhere is still a mark, not plan text.
	for (let j = bodyIndex; j < rows.length; j++) {
		if (roles.has((rows[j] as SourceLine).n) || (rows[j] as SourceLine).text.length > 24) continue;
		const t = at(j) as string;
		if (statusOfLine(t)) mark(j, 'status');
		else if (isDateLine(t) && parseDate(t)) mark(j, 'date');
	}

	if (!status && noticeSeen && dates.some((d) => d.from === 'notice' || d.from === 'written')) {
		const d = dates.find((x) => x.from === 'notice' || x.from === 'written') as (typeof dates)[number];
		status = { status: '印发稿', line: d.line, why: 'notice' };
	}
	const order = ['written', 'notice', 'closing', 'published'] as const;
	const date = order.map((from) => dates.find((d) => d.from === from)).find(Boolean) ?? null;
	return { roles, title, status, date, period, issuers, bodyLine: (rows[bodyIndex] as SourceLine | undefined)?.n ?? (lines.at(-1)?.n ?? 0) + 1 };
}
