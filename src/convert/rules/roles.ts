// Roles of front-matter lines: what a line around the plan is when it is not plan text — the
// issuing notice, a portal's metadata block, a news headline, a contents list, the title lines.
// Such lines stay on the page (nothing lost), marked with their role, and are never outline
// headings, targets, projects or region sources (except the title and issuer lines, which name
// the plan's region). Line tests here are context-free and run on the folded view of a trimmed
// line (fold(): NFKC + simplified, so `：` is `:` and `（` is `(`); src/convert/front.ts decides
// where in the text each may apply. A newcomer adds one line to LINE_KINDS and one test.

/** A front-matter line's role; rendered as `class="doc-<role>"`. */
import { CN_NUMERAL_CHARS } from '../vocabulary.ts';
export type LineRole =
	| 'title'
	| 'period'
	| 'status'
	| 'notice-title'
	| 'addressee'
	| 'notice'
	| 'issuer'
	| 'date'
	| 'doc-number'
	| 'portal'
	| 'headline'
	| 'contents-title'
	| 'contents';

/** Consecutive lines of one group are shown together under the group's label. */
export type RoleGroup = 'title' | 'notice' | 'portal' | 'headline' | 'contents' | 'closing';

/** Each role's group; `label` names a group on the page (zh, as the plan text is zh). */
export const ROLE_GROUPS: Record<RoleGroup, { label: string | null }> = {
	title: { label: null },
	notice: { label: '印发通知' },
	portal: { label: '网页信息' },
	headline: { label: '新闻标题' },
	contents: { label: null },
	closing: { label: null },
};

export const ROLE_GROUP: Record<LineRole, RoleGroup> = {
	title: 'title',
	period: 'title',
	status: 'title',
	'notice-title': 'notice',
	addressee: 'notice',
	notice: 'notice',
	// An issuer or date right after a notice is shown inside it (mdx.ts); alone (the closing 落款), unlabelled.
	issuer: 'closing',
	date: 'closing',
	'doc-number': 'notice',
	portal: 'portal',
	headline: 'headline',
	'contents-title': 'contents',
	contents: 'contents',
};

/** Field labels of government portals' metadata blocks (索引号 11330800…  发布机构 衢江区卫生健康局). */
export const PORTAL_FIELDS = [
	'索引号',
	'文号',
	'发文字号',
	'发文机关',
	'发文单位',
	'发布机构',
	'组配分类',
	'主题分类',
	'体裁分类',
	'服务对象分类',
	'成文日期',
	'发文日期',
	'印发日期',
	'发布日期',
	'发布时间',
	'公开方式',
	'公开范围',
	'公开时限',
	'信息来源',
	'来源',
	'浏览次数',
	'访问次数',
	'点击数',
	'生效日期',
	'废止日期',
	'有效性',
	'时效性',
	'所属机构',
	'主题词',
	'关键词',
	'字号',
	'【字体',
	'标题',
	'名称',
	'信息名称',
];
const PORTAL = new RegExp(`^(?:${PORTAL_FIELDS.join('|')})\\s*(?::|\\s|$)`);
/**
 * A web page's chrome copied with the text, one named entry each: never the plan's text or title,
 * kept on the page as 网页信息. A newcomer meeting new chrome adds one entry and one test in
 * tests/convert/front.test.ts.
 */
export const SITE_CHROME: { name: string; example: string; test: (folded: string) => boolean }[] = [
	{ name: 'breadcrumb', example: '当前位置：首页 > 政务公开, 首页 > 资讯 > 正文', test: (t) => /^(?:当前位置|您的位置|您现在的位置|所在位置)\s*:|首页\s*[>»›]/.test(t) },
	{ name: 'page-links', example: '【打印】【关闭】, 分享到', test: (t) => /^[【\[]?(?:打印|关闭|关闭窗口|打印本页|分享到|扫一扫)|^分享到/.test(t) },
	// A site's account or language links alone on a line: VIP, 登录 注册, English, 无障碍.
	{ name: 'account-links', example: 'VIP, 登录 | 注册, 无障碍', test: (t) => /^(?:(?:VIP|APP|English|ENGLISH|登录|注册|会员|无障碍|繁体|简体|手机版|网站地图|设为首页|加入收藏)[\s|/｜·]*){1,6}$/i.test(t) },
	// A tag cloud: one short tag repeated with its labels (政策法规更新政策法规推荐政策法规热门).
	{ name: 'tag-cloud', example: '政策法规更新政策法规推荐政策法规热门', test: (t) => t.length <= 60 && !/[。,，;；:]/.test(t) && /([\u4e00-\u9fa5]{2,8})(?:.{0,6}\1){2,}/.test(t) && !/(?:规划|方案|计划|纲要)$/.test(t) },
];
const PORTAL_CHROME = { test: (t: string) => SITE_CHROME.some((c) => c.test(t)) };

/** A first line with one of these verbs is a news headline even when it names a plan (XX县发布“十四五”卫生健康规划). */
export const NEWS_VERB = /发布|印发|出台|公布|出炉|亮相|来了|速览|图解|一图读懂/;

/** Portal fields whose value names who issued the text (a region source) or when. */
export const PORTAL_ISSUER_FIELDS = ['发布机构', '发文机关', '发文单位', '所属机构'];
/** Portal fields whose value is the document's title (标题：XX县“十四五”卫生健康规划). */
export const PORTAL_TITLE_FIELDS = ['标题', '名称', '信息名称'];
export const PORTAL_DATE_FIELDS = { written: ['成文日期', '发文日期', '印发日期'], published: ['发布日期', '发布时间'] };

/** A standalone date: 2022年3月8日, 二〇二〇年十一月十七日, 2022-03-08 (Chinese numerals from the vocabulary). */
/** Year digits written out (二〇二〇): the numeral characters without 十. */
const Y = `[${CN_NUMERAL_CHARS.replace('十', '')}]`;
const CN = `[${CN_NUMERAL_CHARS}]`;
export const DATE = new RegExp(String.raw`^(?<y>\d{4}|${Y}{4})\s*年\s*(?<m>\d{1,2}|${CN}{1,2})\s*月\s*(?<d>\d{1,2}|${CN}{1,3})\s*日$|^(?<y2>\d{4})[-./](?<m2>\d{1,2})[-./](?<d2>\d{1,2})$`);

/** A date line, also in parentheses or followed by 印发/发布 (（2022年3月8日印发）); the date itself is {@link dateText}. */
export function dateText(folded: string): string {
	return folded.trim().replace(/^\((.*)\)$/, '$1').replace(/\s*(?:印发|发布|制定|修订)$/, '').trim();
}
export const isDateLine = (folded: string): boolean => DATE.test(dateText(folded));

/** Organisations that issue plans (the 落款 or a notice's issuer): a short line ending in one of these. */
export const ISSUER = /^[^\s,.。:;，；：、“”《》()]{2,30}(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|卫生健康局|卫生和计划生育局|卫生健康委|卫健委|卫健局|卫生局|政府|领导小组|管委会|管理委员会|文件)$/;

/** Context-free line kinds, tried in order on the folded, trimmed line. */
export const LINE_KINDS: { role: LineRole; test: (folded: string) => boolean }[] = [
	{ role: 'portal', test: (t) => PORTAL.test(t) || PORTAL_CHROME.test(t) },
	// 关于印发《…》的通知, also with its issuer in front (XX县人民政府办公室关于印发…的通知)
	{ role: 'notice-title', test: (t) => /^[^\s,。:;，]{0,30}?关于(?:印发|转发|下发|公布|发布|颁布|出台).{2,100}的?通知$/.test(t) },
	{ role: 'doc-number', test: (t) => /^[^\s,。]{1,12}[〔\[(【]\d{4}[〕\])】]\s*\d{1,4}\s*号$/.test(t) },
	{ role: 'date', test: (t) => isDateLine(t) },
	{ role: 'period', test: (t) => /^[(]?\s*(?:20|19)\d\d\s*年?\s*[-—–~～至到]{1,2}\s*(?:20|19)\d\d\s*年?\s*[)]?$/.test(t) },
	{ role: 'contents-title', test: (t) => /^(?:目\s*录|目\s*次)$/.test(t) },
	// 各乡镇人民政府，县直各单位： / 自治区各有关厅局，各盟市卫生健康委： / 县卫生健康局：
	{ role: 'addressee', test: (t) => t.length <= 120 && !/。/.test(t) && /:$/.test(t) && (/^各|各[^,:，]{1,15}[,，、:]|各有关/.test(t) || /(?:单位|部门|政府|委员会|委|局|办|办公室|机构|厅|处|中心|医院):$/.test(t)) },
	// 现将《…》印发给你们，请认真贯彻落实。 / 《…》已经县人民政府同意，现印发给你们
	{ role: 'notice', test: (t) => /印发给你们|转发给你们|现予印发|现印发|现将.{0,80}(?:印发|转发|下发)|请认真(?:贯彻|组织|遵照|抓好|执行)|请结合实际|遵照执行/.test(t) },
	// （此件公开发布） / （此件主动公开）
	{ role: 'notice', test: (t) => /^\(此件.{1,12}\)$/.test(t) },
];

/** A first line that is a news headline: `速览｜…`, `【…】…`, one that trails off `……`, a plan's 《》 with a news verb (《…》出炉). */
export const HEADLINE = /[|｜]|^【[^】]+】|(?:……|\.\.\.)$|^《[^《》]{4,80}》\s*(?:近日|日前|今日|正式)?(?:出炉|发布|公布|印发|出台|来了|亮相)[!！]?$/;
/** A line that opens a news report (据市卫健委消息, 记者, 日前): the line before it is a headline. */
export const NEWS_LEAD = /^(?:据|记者|本报讯|本报|日前|近日|新华社|人民网|央广网|[^,，。]{0,12}讯)/;

/** The opening line of an issuing notice's title that goes on over the next lines (关于印发《XX县“十四五”卫生健康). */
export const NOTICE_TITLE_START = /^关于(?:印发|转发|下发|公布|发布|颁布|出台)/;

/** The role a line has by itself, or null when only its place in the text can tell. */
export function lineKind(folded: string): LineRole | null {
	return LINE_KINDS.find((k) => k.test(folded))?.role ?? null;
}
