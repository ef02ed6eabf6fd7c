import { fold } from '../../shared/fold.ts';
import type { Grid } from '../table-shapes.ts';

/**
 * Header meanings: what a table's header cell means, whatever words the plan uses. A table is
 * classified by the meanings of its headers (TABLE_KINDS), and the readers of indicator, project
 * and facility tables find their columns by meaning, never by their own header patterns.
 *
 * Headers are matched on their folded view (NFKC + simplified characters) with all white space
 * removed, so `計量單位`, `指  标`, `２０２５年目标` match too. Entries are tried in order and
 * the first match names the cell's role; where several cells share a role, the one whose entry
 * comes first wins (`二级指标` over `指标`). A newcomer meeting a new header word adds one entry
 * here and one five-line test in tests/convert/headers.test.ts.
 *
 * Attributes: 约束性 → binding, 预期性 → expected; 倡导性 (and anything else) keeps attribute
 * null with the printed word in `attribute_text` — the public contract has two attribute values,
 * and an advocacy target is neither.
 */
export type ColumnRole =
	| 'serial'
	| 'name'
	| 'domain'
	| 'unit'
	| 'baseline'
	| 'target'
	| 'attribute'
	| 'project'
	| 'content'
	| 'institution'
	| 'place'
	| 'planned'
	| 'stage'
	| 'investment'
	| 'period'
	| 'remark'
	/** A cell spanning the year columns printed in the header row below it (`指标值` over 2020年 / 2025年). */
	| 'values';

/** One header meaning: the role and the header texts (folded, no spaces) that carry it. */
export interface HeaderMeaning {
	role: ColumnRole;
	example: string;
	re: RegExp;
}

const BASE_YEAR = '(?:19\\d\\d|20[01]\\d|2020)年?';
const TARGET_YEAR = '(?:202[1-9]|20[3-9]\\d)年?';
/** A header that is a year and nothing that says what kind of value it heads: its period decides (src/convert/periods.ts yearRole). */
export const BARE_YEAR = /^(?:19|20)\d\d年?(?:值|水平)?$/;

/** Header meanings in the order they are tried. */
export const HEADER_MEANINGS: HeaderMeaning[] = [
	{ role: 'serial', example: '序号', re: /^(序号|编号|序)$/ },
	{ role: 'domain', example: '一级指标, 领域, 类别, 分类', re: /^(一级指标|领域|类别|分类|指标类别|指标领域|维度)$/ },
	{ role: 'name', example: '二级指标', re: /^二级指标$/ },
	{ role: 'name', example: '主要指标', re: /^主要指标$/ },
	{ role: 'name', example: '指标名称', re: /^(指标名称|指标内容|具体指标)$/ },
	{ role: 'name', example: '指标', re: /^(指标|.{0,6}指标)$/ },
	{ role: 'values', example: '指标值, 数值, 指标数值', re: /^(指标值|数值|指标数值|指标目标值)$/ },
	{ role: 'unit', example: '单位, 计量单位', re: /^(单位|计量单位|指标单位)$/ },
	{ role: 'attribute', example: '属性, 性质, 指标性质, 指标类型', re: /^(指标)?(属性|性质|类型)$/ },
	{ role: 'baseline', example: '2020年, 2020年基数, 2020年现状值', re: new RegExp(`^${BASE_YEAR}(基数|现状值?|基期值?|水平|实际值?|值|完成值)?$`) },
	// A year of any period with a word that says what it is (2025年基数 in a 2026–2030 plan).
	{ role: 'baseline', example: '2025年基数, 2025年现状值', re: /^(?:19|20)\d\d年?(基数|现状值?|基期值?|实际值?|完成值)$/ },
	{ role: 'target', example: '2020年目标值, 2030年规划目标', re: /^(?:19|20)\d\d年?(目标|目标值|规划值|规划目标|预期值)$/ },
	{ role: 'baseline', example: '基期, 基期值, 基期水平, 现状值', re: /^(基期|基期值|基期水平|基数|现状|现状值|现状水平|基线值?)$/ },
	{ role: 'baseline', example: '现状值（2020年）, 基期(2019)', re: new RegExp(`^(基期|基期值|基期水平|基数|现状|现状值|现状水平|基线值?)\\(${BASE_YEAR}\\)$`) },
	{ role: 'target', example: '2025年, 2025年目标, 2025年规划值, 2030年目标值', re: new RegExp(`^${TARGET_YEAR}(目标|目标值|规划值|规划目标|预期值|值)?$`) },
	{ role: 'target', example: '目标值, 规划值', re: /^(目标值|目标|规划值|规划目标|预期值|期末值)$/ },
	{ role: 'target', example: '目标值（2025年）, 规划值(2030)', re: new RegExp(`^(目标值|目标|规划值|规划目标|预期值|期末值)\\(${TARGET_YEAR}\\)$`) },
	{ role: 'institution', example: '机构名称', re: /机构名称$/ },
	{ role: 'place', example: '位置, 街道, 乡镇', re: /^(位置|选址|所在街道|所在乡镇|街道|乡镇|地点)$/ },
	{ role: 'planned', example: '规划个数（个）, 规划床位（张）', re: /^规划.+/ },
	{ role: 'stage', example: '建设性质, 项目阶段', re: /^(建设性质|项目性质|建设阶段|项目阶段|阶段)$/ },
	{ role: 'content', example: '项目内容, 建设内容及规模', re: /内容|规模/ },
	{ role: 'investment', example: '总投资（万元）, 计划投资', re: /^(总投资|计划投资|投资估算|估算投资|投资额|投资)(\(.{1,4}\))?$/ },
	{ role: 'period', example: '建设年限, 计划建设期', re: /^(建设年限|建设期限|实施年限|建设周期|建设期|计划建设期|起止年限|实施期限)$/ },
	{ role: 'remark', example: '备注, 责任单位, 牵头单位', re: /^(备注|说明|数据来源|责任单位|牵头单位|责任部门|牵头部门)$/ },
	{ role: 'project', example: '项目名称, 重点项目, 建设项目名称', re: /项目名称$|^(重点|建设|重大)?项目$/ },
];

/** The matching view of a header cell: folded, no white space. */
export const headerKey = (text: string): string => fold(text).replace(/\s/g, '');

/** The first header meaning a header text matches, with its rank in HEADER_MEANINGS; null if none. */
export function meaningOf(text: string): { role: ColumnRole; rank: number } | null {
	const key = headerKey(text);
	const rank = HEADER_MEANINGS.findIndex((m) => m.re.test(key));
	return rank === -1 ? null : { role: (HEADER_MEANINGS[rank] as HeaderMeaning).role, rank };
}

/** The role of a header text, or null when no meaning matches. */
export const roleOf = (text: string): ColumnRole | null => meaningOf(text)?.role ?? null;

/** A header column that carries a role: its grid column (the last one it spans) and its header text. */
export interface RoleColumn {
	column: number;
	header: string;
	rank: number;
}

/** Every grid column carrying `role`, best-ranked first (left to right within a rank). */
export function columnsFor(grid: Grid, role: ColumnRole): RoleColumn[] {
	const out: RoleColumn[] = [];
	for (const h of grid.header) {
		const m = meaningOf(h.text);
		if (m?.role === role) out.push({ column: h.start + h.span - 1, header: h.text, rank: m.rank });
	}
	return out.sort((a, b) => a.rank - b.rank || a.column - b.column);
}

/** The best grid column carrying `role`; -1 when the table has none. */
export function columnFor(grid: Grid, role: ColumnRole): number {
	return columnsFor(grid, role)[0]?.column ?? -1;
}

export type TableKind = 'indicators' | 'projects' | 'facilities' | 'other';

/** A table kind and the column roles it needs: each inner list is "one of these". */
export interface TableKindRule {
	kind: Exclude<TableKind, 'other'>;
	example: string;
	needs: ColumnRole[][];
}

/** Table kinds, tried in order; a table that meets none is `other`. */
export const TABLE_KINDS: TableKindRule[] = [
	{ kind: 'indicators', example: '指标名称 | 2020年基数 | 2025年目标', needs: [['name'], ['target']] },
	{ kind: 'facilities', example: '机构名称 | 位置 | 规划床位（张）', needs: [['institution'], ['place', 'planned']] },
	{ kind: 'projects', example: '重点项目 | 项目内容', needs: [['project']] },
];

/** What a table with these header texts holds, from what they mean. */
export function kindOfHeaders(headers: string[]): TableKind {
	const roles = new Set(headers.map(roleOf));
	// Two bare years (2015年 | 2020年 of a 十三五 plan) are a baseline and a target, whichever period they are in.
	if (headers.filter((h) => BARE_YEAR.test(headerKey(h))).length >= 2) roles.add('target');
	return TABLE_KINDS.find((k) => k.needs.every((any) => any.some((r) => roles.has(r))))?.kind ?? 'other';
}

/** What a table holds, from what its headers mean: targets, projects, a facility layout, or other. */
export function classifyTable(grid: Grid): TableKind {
	return kindOfHeaders(grid.header.map((h) => h.text));
}

/** True when a header text means something a table reader knows (used to recognise a header row in flattened layouts). */
export const isHeaderWord = (text: string): boolean => meaningOf(text) !== null;
