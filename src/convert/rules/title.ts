// Title wrappers: the shapes in which a text names the plan inside something else — an issuing
// notice, a 解读, a news report, the preface's 以下简称. Each is a named entry; a newcomer meeting a
// new wrapper adds one line here and one five-line test in tests/convert/front.test.ts.
// Patterns run on foldAligned text (one UTF-16 unit per printed one: （ is (, ， is ,), so the
// `title` group's offsets cut the printed line and the title is shown exactly as printed.
import type { PlanStatus, TitleSource } from '../../schema/plan.ts';
import { statusOfWord } from './status.ts';

/** One wrapper: where it may stand, the pattern (named groups `title`, optional `status`) and what the title it yields is. */
export interface TitleWrapper {
	name: string;
	/** `head`: the printed title lines or a notice line before the plan; `body`: the first paragraphs. */
	where: 'head' | 'body';
	pattern: RegExp;
	source: Exclude<TitleSource, 'curated' | 'file-name' | 'printed'>;
}

const NAME = '《(?<title>[^《》]{4,80})》';

export const TITLE_WRAPPERS: TitleWrapper[] = [
	// 关于印发《青河县“十四五”卫生健康发展规划》的通知
	{ name: 'issuing-notice', where: 'head', pattern: new RegExp(`^[^\\s,。:;]{0,30}?关于(?:印发|转发|下发|公布|发布|颁布|出台)${NAME}的?通知$`), source: 'notice' },
	// XX县人民政府办公室关于印发XX县“十四五”卫生健康事业发展规划的通知 (no 《》)
	{ name: 'issuing-notice-bare', where: 'head', pattern: /^[^\s,。:;]{0,30}?关于(?:印发|转发|下发|公布|发布|颁布|出台)(?<title>[^《》]{4,80}?(?:规划|方案|计划|意见|纲要|要点))的?通知$/, source: 'notice' },
	// 现将《鄂托克旗“十四五”卫生健康事业发展规划》印发给你们
	{ name: 'notice-body', where: 'head', pattern: new RegExp(`(?:现将|现把)${NAME}(?:印发|转发|下发)`), source: 'notice' },
	// 《青河县“十四五”卫生健康发展规划》已经县人民政府同意
	{ name: 'notice-approved', where: 'head', pattern: new RegExp(`^${NAME}已经.{0,20}同意`), source: 'notice' },
	// 《和平县卫生健康发展“十四五”规划》草案解读 / 《…》政策解读
	{ name: 'interpretation', where: 'head', pattern: new RegExp(`^${NAME}\\s*[(]?(?<status>草案|征求意见稿|讨论稿|送审稿)?[)]?\\s*(?:政策|起草说明及|的)?解读`), source: 'quoted' },
	// 编制和实施《福州市鼓楼区“十四五”卫生健康事业发展专项规划》(以下简称为《规划》)
	{ name: 'abbreviated', where: 'body', pattern: new RegExp(`${NAME}\\s*[(](?:以下简称|下称)为?\\s*[“《]`), source: 'quoted' },
	// 近日，XX县人民政府印发《XX县“十四五”卫生健康事业发展规划》
	{ name: 'news-issued', where: 'body', pattern: new RegExp(`(?:印发|发布|出台|公布)了?${NAME}`), source: 'quoted' },
	// 《南平市“十四五”卫生健康事业发展专项规划》近日公布
	{ name: 'news', where: 'body', pattern: new RegExp(`${NAME}(?:近日|日前|今日|日前正式|正式|已)?(?:公布|发布|印发|出台|公开|出炉)`), source: 'quoted' },
];

/** Words a plan's title ends in or contains (规划, 方案, 实施意见…): a 《》 without one names another document. */
export const PLAN_WORD = /规划|方案|计划|意见|纲要|要点/;
/** A title is complete when it ends in one of these; otherwise the next short line continues it. */
export const TITLE_END = /(?:规划|方案|计划|意见|纲要|要点|办法|报告|说明|解读)$/;

/** A title read from a wrapper: the printed title, its wrapper, and a status the wrapper states (草案解读 → 草案). */
export interface WrappedTitle {
	title: string;
	wrapper: TitleWrapper;
	status: PlanStatus;
}

/**
 * The plan's title if `printed` (one line as printed; `aligned` its foldAligned view) is one of the
 * wrappers allowed `where`; null otherwise, or when the 《》 holds no plan word.
 */
export function unwrapTitle(printed: string, aligned: string, where: TitleWrapper['where']): WrappedTitle | null {
	for (const wrapper of TITLE_WRAPPERS) {
		if (wrapper.where !== where) continue;
		const flags = wrapper.pattern.flags.includes('d') ? wrapper.pattern.flags : `${wrapper.pattern.flags}d`;
		const m = new RegExp(wrapper.pattern.source, flags).exec(aligned);
		const span = m?.indices?.groups?.title;
		if (!m || !span) continue;
		const title = printed.slice(span[0], span[1]);
		if (!PLAN_WORD.test(m.groups?.title ?? '')) continue;
		return { title, wrapper, status: m.groups?.status ? statusOfWord(m.groups.status) : null };
	}
	return null;
}
