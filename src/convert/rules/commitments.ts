import { CN_NUMERAL_CHARS, historyPattern, parseNumeral } from '../vocabulary.ts';
/**
 * The rules that read quantified commitments in running text (src/convert/commitments.ts runs them).
 *
 * Each rule is one named entry: the kind of commitment, a pattern on the FOLDED clause
 * (`fold()`: ASCII digits and signs, simplified characters) with named groups, and a name
 * builder that says what is counted or measured. A rule's `value` group is the value text
 * (shown as printed, sliced from the printed clause at the same offsets); `accept` turns a match
 * away (a baseline, a scope such as 二级以上医院, a campaign name). Rules run in table order and a
 * span claimed by an earlier rule is not read again by a later one (a change `下降1个百分点` is
 * not also a count `1个`).
 *
 * A new layout: add one entry here and one test cut from the text in tests/convert/commitments.test.ts.
 *
 * Vocabulary here is kept minimal: numbers (Arabic or Chinese), adjacent comparator words and
 * classifiers. The comparator words duplicate src/convert/values.ts (to move into vocabulary.ts).
 */

export type CommitmentKind = 'count' | 'share' | 'access' | 'level' | 'change' | 'capacity';

/** What a rule sees of one clause: the folded clause and its neighbours in the sentence. */
export interface ClauseContext {
	/** The folded clause (same length as the printed one). */
	clause: string;
	/** Folded clauses before this one in the same sentence, nearest last. */
	before: string[];
	/** Folded text of the whole sentence up to the start of this clause. */
	sentenceBefore: string;
	/** Folded text of the sentence after this clause. */
	sentenceAfter: string;
}

export interface RuleMatch {
	match: RegExpExecArray & { indices: NonNullable<RegExpExecArray['indices']> };
	ctx: ClauseContext;
}

export interface CommitmentRule {
	/** Stable name of the rule (used in tests and notes). */
	id: string;
	kind: CommitmentKind;
	/** Global, `d`-flagged pattern with a `value` group. */
	pattern: RegExp;
	/** Whether the match is a commitment (default: yes). */
	accept?: (m: RuleMatch) => boolean;
	/** What is counted or measured, in the plan's words. */
	name: (m: RuleMatch) => string;
	/** A value the text states in words (全部, 一半以上): the number it means, marked as inferred. */
	inferred?: (m: RuleMatch) => { value: number; comparator: '=' | '>='; unit: string; note: string } | null;
}

// ---- vocabulary (minimal; comparators duplicate values.ts) ----------------------------------

/** A number: Arabic digits or a Chinese numeral (not a bare 千/百/万). */
export const NUM = String.raw`(?:\d+(?:\.\d+)?|[${CN_NUMERAL_CHARS}][${CN_NUMERAL_CHARS}百千]*)`;
/** A number or a range `2-3`, `1—2`, `0.1-0.2`. */
export const RANGE = String.raw`${NUM}(?:\s*[-—–~～至]\s*${NUM})?`;
/** Comparator words printed right before the number (`不少于4个`, `少于15分钟`). */
export const PRE = String.raw`(?:不少于|不低于|不超过|不高于|少于|低于|超过|多于|至少|≥|≤|<|>)`;
/** Comparator words printed right after the value (`4个以上`, `15分钟以内`). */
export const POST = String.raw`(?:及以上|以上|及以下|以下|以内|之内|左右)`;
/** Classifiers of things a plan builds, hires or reaches. */
export const CLASSIFIER = String.raw`(?:个|家|处|所|张|辆|名|人次|人(?![口群均民员])|项|面|种|台|支|座|间)`;

/** Verbs of building or reaching that make `N个…` a commitment. */
const COUNT_VERBS = /(建成|建设|筹建|新建|打造|推广|引进|招聘|培育|创建|争创|创设|设立|设置|设有|配备|升级改造|改扩建|建立|完成|抓好|开设|识别|实现|达到|增设|培养|培训|选派|认定|(?<=年)有)/g;
/** Words marking history or the present state, not a promise. */
const NOT_FORWARD = new RegExp(`(?:${historyPattern()}|原)$`);
/**
 * Words before a value in its clause that make it history or the present state, not a promise
 * (`截至目前已建成社区医院3家`, `现有村卫生室87家`, `提升现有4家…`). Applied to every rule.
 */
export const HISTORY_BEFORE = new RegExp(`(?:${historyPattern()}|原(?!则))`);
/** Counts of the plan's own indicators (`设置主要指标21项，其中约束性指标6项`) are not commitments. */
const OWN_INDICATORS = /指标/;

/** A count's noun followed by what it is to reach (`医院进入全省医院综合实力前50位`): noun, verb, the rest. */
const COUNT_BEFORE_NOUN = /^([\u4e00-\u9fa5]{1,8}?)(进入|跻身|入选|获评|通过|成为)(.{2,30})$/;

/** A share of a set printed right before a grade's verb (`全部达到`, `80%以上达到`): the share rules read that clause. */
const SHARE_BEFORE = /(全部|一半以上|半数以上|\d+(?:\.\d+)?\s*%(?:以上|及以上)?)\s*$/;

/** Leading words that are not part of what is counted. */
const FILLER = /^((到|至)?20\d\d年(末|底|前)?|(到|至)?“?十[一二三四五六七八九]五”?(末|期间|时期)|力争|确保|争取|推进|推动|进一步|实现|全区|全县|全市|辖区内?|同时|并且?|且|要|使|在|各|均|共|其中|计划|通过|持续|积极|逐步|全面|加快)+/;

/** Cleans a phrase to the thing it names: leading fillers and trailing particles off. */
export function cleanName(text: string): string {
	let t = text.trim().replace(/[“”"'「」]/g, '');
	for (let k = 0; k < 3; k++) t = t.replace(FILLER, '').replace(/(的|之|均|都|要|将|需|应|可|力争|每年|年均|不少|不低|至少)+$/, '').trim();
	return t;
}

/** Depth of unclosed parentheses before `index` (a value inside `（…）` is an aside or a standard quoted). */
export function parenDepth(text: string, index: number): number {
	let depth = 0;
	for (const ch of text.slice(0, index)) {
		if (ch === '(' ) depth++;
		else if (ch === ')' && depth > 0) depth--;
	}
	return depth;
}

const start = (m: RuleMatch, group = 'value') => m.match.indices.groups?.[group]?.[0] ?? m.match.index;
const end = (m: RuleMatch, group = 'value') => m.match.indices.groups?.[group]?.[1] ?? m.match.index + m.match[0].length;
const before = (m: RuleMatch, group = 'value') => m.ctx.clause.slice(0, start(m, group));
const after = (m: RuleMatch, group = 'value') => m.ctx.clause.slice(end(m, group));

/** Not a baseline (`现有4家`), not a campaign or slogan in quotes (`“四个意识”`), not an ordinal (`第一个`), not an aside in brackets. */
function plainValue(m: RuleMatch): boolean {
	const b = before(m);
	if (NOT_FORWARD.test(b) || /([“"第每]|是)$/.test(b)) return false;
	return parenDepth(m.ctx.clause, start(m)) === 0;
}

/** The noun a `N个…` phrase counts: the words after the value, after its last 的, up to a list or clause break. */
export function nounAfter(text: string): string {
	const segments = text.split(/[。；;]/)[0]?.replace(/[（(][^）)]*[）)]/g, '').split(/[，,：:（(]/) ?? [];
	let phrase = segments[0] ?? '';
	// `4个以上具有浓郁中医特色，深受百姓欢迎的中医适宜技术`: a modifier runs on to the noun after its 的.
	for (let k = 1; k < Math.min(segments.length, 3) && !phrase.includes('的') && /^(以上|及以上)?(具有|深受|富有|拥有)/.test(phrase); k++) phrase = segments[k] ?? '';
	const head = phrase.includes('的') ? phrase.slice(phrase.lastIndexOf('的') + 1) : phrase;
	return cleanName(head.replace(/^(的|以上|及以上|左右)/, '').replace(/(建设|工作)$/, ''));
}

/** A nominal form of a building verb for a count's name: 社区医院 + 筹建 → 社区医院筹建数. */
function countName(noun: string, verb: string | null): string {
	if (!verb || verb === '有' || verb === '达到') return `${noun}数`;
	if (verb === '设有' || verb === '配备') return `${noun}配备数`;
	return `${noun}${verb}数`;
}

/** The last building verb before `index` in a clause, or in an earlier clause of the sentence when this one has none (`其中招聘本科学历180余人，研究生以上学历60余人`). */
function countVerb(m: RuleMatch): { verb: string; at: number; carried: boolean } | null {
	const head = before(m);
	const hits = [...head.matchAll(COUNT_VERBS)];
	const last = hits.at(-1);
	if (last && head.length - (last.index + last[0].length) <= 25) return { verb: last[0], at: last.index, carried: false };
	const prev = m.ctx.before.at(-1);
	if (!prev || hits.length > 0) return null;
	const carried = [...prev.matchAll(COUNT_VERBS)].at(-1);
	// Carried only into a clause that is a list item of the same kind (it has a number and no verb).
	return carried && new RegExp(`${NUM}\\s*余?\\s*${CLASSIFIER}`).test(prev.slice(carried.index)) ? { verb: carried[0], at: -1, carried: true } : null;
}

const PROJECT = /([\u4e00-\u9fa5]{2,24}?项目)/g;

/** The project a capacity belongs to, named in the clause just before (`推进县人民医院新院区一期项目建设，建设完成后增加编制床位300张`). */
function projectBefore(m: RuleMatch): string {
	const prev = m.ctx.before.at(-1) ?? '';
	const hit = [...prev.matchAll(PROJECT)].at(-1)?.[1];
	return hit ? cleanName(hit.replace(/^.*?(有序开工|开工|推进|实施|启动|加快|建设)/, '')) : '';
}

/** Name of a share: `100%的X…` → `X…的比例`; `X 100%达到…` → `X达到…的比例`; `X达到100%` → `X比例`. */
function shareName(m: RuleMatch): string {
	// `规范管理率达到95%以上、服药率达到90%以上`: the subject of a later list item is its own.
	const b = before(m).replace(/^.*(?:以上|以下|以内|%|‰)、/, '');
	const a = after(m).replace(/^(的)/, '');
	const rest = a.split(/[，,。；;]/)[0] ?? '';
	if (/覆盖$/.test(b) && rest.includes('的')) {
		const [who, what] = [rest.slice(0, rest.indexOf('的')), rest.slice(rest.indexOf('的') + 1)];
		return `${cleanName(what)}${who}覆盖率`;
	}
	const verbAt = /(达到|达|不低于|不少于|保持在|巩固在|控制在|提高到|提高至|提升到|提升至|为|占)([^达]*)$/.exec(b);
	if (rest && !/^[达为]/.test(rest) && (!verbAt || verbAt.index === undefined)) {
		// `县级以上医院和50%以上的乡镇卫生院…`: a coordinate subject is not part of the set measured.
		const subject = /(和|或|、|覆盖)$/.test(b) ? '' : cleanName(b);
		return `${/[率比重]$/.test(subject) ? '' : subject}${cleanName(rest)}的比例`;
	}
	if (rest && /^(达到|达标)/.test(rest)) return `${cleanName(b)}${rest.replace(/[（(].*$/, '')}的比例`;
	if (verbAt) {
		const subject = cleanName(b.slice(0, verbAt.index));
		const object = cleanName(verbAt[2]?.replace(/的$/, '') ?? '');
		const whole = object && verbAt[1] !== '占' ? `${subject}占${object}` : subject;
		return /(率|比例|比重|占比|总量|覆盖面)$/.test(whole) ? whole : `${whole}比例`;
	}
	const subject = cleanName(b);
	return /(率|比例|比重|占比)$/.test(subject) ? subject : `${subject}比例`;
}

// ---- the table -----------------------------------------------------------------------------

export const COMMITMENT_RULES: CommitmentRule[] = [
	{
		id: 'change-by-amount',
		kind: 'change',
		// 下降0.1-0.2个住院日, 每年降低一个百分点以上, 每年降低不少于1个百分点, 年均增长10%
		pattern: new RegExp(String.raw`(?<per>每年|年均)?(?<verb>下降|降低|减少|提高|提升|增长|增加|缩短)(?![到至为])(?<value>${PRE}?\s*${RANGE}\s*个?(?:百分点|住院日|天|日|%)${POST}?)`, 'dg'),
		accept: (m) => plainValue(m),
		name: (m) => {
			const subject = cleanName(before(m, 'per' in (m.match.groups ?? {}) && m.match.groups?.per ? 'per' : 'verb').replace(/较.*$/, '').replace(/(力争|要|将)$/, ''));
			return `${subject}${m.match.groups?.per ? '每年' : ''}${m.match.groups?.verb ?? ''}`;
		},
	},
	{
		id: 'capacity-new-beds',
		kind: 'capacity',
		// 增加编制床位300张, 新增护理型养老床位870张, 新增300张床位
		pattern: new RegExp(String.raw`(?<verb>新增|增加|扩增|增设)(?:(?<noun>[\u4e00-\u9fa5]{0,10}?床位?)(?<value>${PRE}?\s*${RANGE}\s*张${POST}?)|(?<value2>${RANGE}\s*张)(?<noun2>[\u4e00-\u9fa5]{0,8}床位))`, 'dg'),
		accept: (m) => plainValue(m),
		name: (m) => `${projectBefore(m)}新增${m.match.groups?.noun ?? m.match.groups?.noun2 ?? '床位'}`,
	},
	{
		id: 'access-service-radius',
		kind: 'access',
		// 以2.5公里服务半径为宜; 服务半径不超过3公里
		pattern: new RegExp(String.raw`(?:(?<value>${PRE}?\s*\d+(?:\.\d+)?\s*(?:公里|千米|km|里)${POST}?)\s*的?服务半径|服务半径\s*(?:为|在|控制在)?\s*(?<value2>${PRE}?\s*\d+(?:\.\d+)?\s*(?:公里|千米|km)${POST}?))`, 'dg'),
		name: (m) => {
			const inst = [...m.ctx.sentenceBefore.concat(m.ctx.clause).matchAll(/(村卫生室|社区卫生服务站|社区卫生服务中心|乡镇卫生院|基层医疗卫生机构|卫生室)/g)].at(-1)?.[1];
			return `${inst ?? ''}服务半径`;
		},
	},
	{
		id: 'access-time-circle',
		kind: 'access',
		// 15分钟健康服务圈, “15分钟康养服务圈”, “10分钟健身圈”
		pattern: new RegExp(String.raw`(?<value>\d+\s*分钟)\s*[”"]?\s*(?<noun>[\u4e00-\u9fa5]{0,8}?圈)`, 'dg'),
		name: (m) => m.match.groups?.noun ?? '服务圈',
	},
	{
		id: 'access-response-time',
		kind: 'access',
		// 平均急救反应时间少于15分钟
		pattern: new RegExp(String.raw`(?<noun>[\u4e00-\u9fa5]{0,12}(?:反应|响应|到达|等候|等待)时间)\s*(?:控制在|缩短到|缩短至|在)?\s*(?<value>${PRE}?\s*\d+\s*分钟${POST}?)`, 'dg'),
		name: (m) => cleanName(m.match.groups?.noun ?? '响应时间'),
	},
	{
		id: 'level-grade',
		kind: 'level',
		// 通过互联互通四级甲等及以上测评, 达到二级妇幼保健院标准, 创建成三级甲等医院, 进入二级行列
		pattern: new RegExp(String.raw`(?<verb>达到|通过|创建成为?|创建为|建成|进入|具备|符合|晋升为?|升级为|创成|成为)(?<between>[^,，。；;、]{0,12}?)(?<value>(?:[${CN_NUMERAL_CHARS}]|\d)级(?:甲等|乙等)?(?:及以上|以上)?)`, 'dg'),
		// `县级中医医院全部达到二级甲等水平` is a share of institutions reaching the grade (share rules), not a second, level promise.
		accept: (m) => !/级/.test(m.match.groups?.between ?? '') && !SHARE_BEFORE.test(before(m, 'verb')),
		name: (m) => {
			const subject = cleanName(before(m, 'verb').replace(/(建设|全部)$/, '')).replace(/^全部/, '');
			const between = cleanName(m.match.groups?.between ?? '');
			const what = /^(的)?[^，,]*?(评价|测评|评审|评估|医疗服务能力)/.exec(after(m))?.[2] ?? '';
			return `${subject}${between}${what}等级`;
		},
	},
	{
		id: 'share-percent',
		kind: 'share',
		// 100%的乡镇卫生院…, 30%以上机构达到…, 社区卫生服务中心100%达到…, 不低于总标准床位数的8%, 服药率达到90%以上
		pattern: new RegExp(String.raw`(?<value>${PRE}?\s*\d+(?:\.\d+)?(?:\s*[-~]\s*\d+(?:\.\d+)?)?\s*%${POST}?)`, 'dg'),
		// `分别提高到22%和30%以上` pairs values with names or years: the indicator pass reads those lists.
		accept: (m) => plainValue(m) && !/分别/.test(m.ctx.clause),
		name: shareName,
	},
	{
		id: 'share-words',
		kind: 'share',
		// 一半以上社区卫生服务中心建成精品中医馆; 标准化建设全部达标; 全部乡镇卫生院…设置中医馆
		pattern: /(?<value>一半以上|半数以上|全部)(?=[^，,。；;]{0,20}?(达标|达到|建成|进入|设置))/dg,
		accept: (m) => plainValue(m),
		name: (m) => {
			const rest = (after(m).split(/[，,。；;]/)[0] ?? '').replace(/[（(].*$/, '');
			return `${cleanName(before(m))}${cleanName(rest)}的比例`;
		},
		inferred: (m) =>
			m.match.groups?.value === '全部'
				? { value: 100, comparator: '=', unit: '%', note: '“全部”按100%计（推断）' }
				: { value: 50, comparator: '>=', unit: '%', note: '“一半以上”按50%以上计（推断）' },
	},
	{
		id: 'count-named-set',
		kind: 'count',
		// 推进建设心电诊断、远程会诊、…、消毒供应“六大中心”; 完成…7大能力（发热门诊、…、急诊急救）建设
		pattern: new RegExp(String.raw`(?<value>${NUM}大)(?<noun>[\u4e00-\u9fa5]{1,3}?)(?=[”"（(，,。；;、]|建设|并|$)`, 'dg'),
		accept: (m) => {
			const n = Number(/^\d/.test(m.match.groups?.value ?? '') ? Number.parseInt(m.match.groups?.value ?? '', 10) : (parseNumeral((m.match.groups?.value ?? '').replace(/大$/, '')) ?? 0));
			if (!/(建设|建成|完成|打造)/.test(m.ctx.clause) || n < 2) return false;
			// The set is a commitment only when the text lists its N members, before it or in brackets after it.
			const listedBefore = (before(m).replace(/[“"]$/, '').split(/(建设|建成|完成|打造)/).at(-1) ?? '').split(/[、和]/).length;
			const bracket = /^[^（(，,。]{0,4}[（(]([^）)]*)[）)]/.exec(after(m, 'noun'))?.[1];
			return listedBefore === n || (bracket !== undefined && bracket.split(/[、和]/).length === n);
		},
		name: (m) => {
			const v = [...before(m).matchAll(/(建设|建成|完成|打造)/g)].at(-1);
			const between = v ? cleanName(before(m).slice(v.index + v[0].length).replace(/[“"]$/, '')) : '';
			return `${between && !between.includes('、') ? between : ''}${m.match.groups?.noun ?? ''}建设数`;
		},
	},
	{
		id: 'count-build-or-reach',
		kind: 'count',
		// 打造2个…, 推广4个以上…, 筹建社区医院5个, 至少配备1辆, 引进…300余人, 建成1-2处社区医院
		pattern: new RegExp(String.raw`(?<value>${PRE}?\s*${RANGE}\s*余?\s*${CLASSIFIER}${POST}?)`, 'dg'),
		accept: (m) => {
			if (!plainValue(m)) return false;
			// `一个街道办事处设立一处` inside a quoted standard is caught by parenDepth; a verb must lead to the number.
			if (OWN_INDICATORS.test(before(m).split(/[，,]/).at(-1) ?? '') || OWN_INDICATORS.test(nounAfter(after(m)))) return false;
			return countVerb(m) !== null;
		},
		name: (m) => {
			const v = countVerb(m);
			const b = before(m);
			if (v && !v.carried && v.verb === '达到') {
				// `三级医院达到5家` counts 三级医院; `总编制床位达到1500张` already names a number.
				const subject = cleanName(b.slice(0, v.at));
				// `托位数达到千人口3.4个` is a rate per 1,000 people: the name says so.
				const per = /(?:每)?([千万])(常住)?人口$/.exec(b);
				const named = subject ? (/(数|量|床位|总额)$/.test(subject) ? subject : `${subject}数`) : countName(nounAfter(after(m)), null);
				return per && !named.startsWith('每') ? `每${per[1]}${per[2] ?? ''}人口${named}` : named;
			}
			const between = v && !v.carried ? cleanName(b.slice(v.at + v.verb.length).replace(/(至少|不少于|共|总|的)$/, '')) : cleanName(b);
			const following = nounAfter(after(m) + m.ctx.sentenceAfter);
			// `5家医院进入全省前50位`: the count opens the clause and its noun does what is promised.
			const doing = cleanName(b) === '' ? COUNT_BEFORE_NOUN.exec(following) : null;
			if (doing) return `${doing[2]}${doing[3]}的${doing[1]}数`;
			// `筹建社区医院5个` names the thing before the number; `打造2个…精品国医堂` after it.
			const atEnd = /^\s*([，,。；;、]|$)/.test(after(m).replace(/^(以上|及以上|左右)/, ''));
			const noun = !atEnd && following.length >= 2 ? following : between.length >= 2 && !/^[和及、]/.test(between) ? between : following;
			return countName(noun || '数量', v?.verb ?? null);
		},
	},
];
