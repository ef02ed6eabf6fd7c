/**
 * Unit names printed otherwise than in the official division list (GB/T 2260): a county-level unit
 * called by the name it had when the text was written, by its short name, or by its stem alone.
 * Each entry says where such a name stands in a title and which part of it is the stem; places.ts
 * looks the stem up among the units' short names (长阳土家族自治县 → 长阳). A newcomer meeting a new
 * form adds one entry here and one five-line test in tests/convert/places.test.ts.
 *
 * `printed` is the name as the text prints it; `stem` the part shared with the listed name. An
 * entry with `keep` set names a unit even when the list has no such stem: the printed name is kept
 * (code null) rather than the region becoming unknown.
 */
export interface UnitForm {
	name: string;
	example: string;
	/** Matched at the start of the (folded) title, or right after a city or province it names. */
	re: RegExp;
	keep: boolean;
}

/** Words that start a phrase, never a unit's own name (全县, 本市, 该区, 各旗, 某县), and kinds of zone that are no division (开发区, 高新区, 主城区). */
export const NOT_A_STEM = /^(全|本|该|各|我|某|市|县|区|旗|省|州|城乡|县域|区域|市域|开发|高新|经开|经济|工业|产业|示范|试验|保税|功能|生态|核心|主城|中心城|城区|片区|园区)/;
/** A stem is a name, never a word of the plan's subject. */
export const SUBJECT_WORDS = /卫生|健康|医|发展|规划|事业|服务|建设|行动|方案|体系/;

export const UNIT_FORMS: UnitForm[] = [
	{
		name: 'suffixed',
		example: '长阳县 (长阳土家族自治县), 会理县 (会理市 since 2021), 清溪县 (not listed)',
		re: /^(?<printed>(?<stem>[\u4e00-\u9fa5]{2,4}?)(?:自治县|自治旗|县|市|区|旗))(?=卫生|“|"|十[一二三四五六七八九]五|人民|医|中医|健康|关于|[（(\s]|$)/,
		keep: true,
	},
	{
		name: 'bare-stem',
		example: '健康西岗 (西岗区)',
		re: /^健康(?<printed>(?<stem>[\u4e00-\u9fa5]{2,3}?))(?=行动|建设|规划|实施|20\d\d|“|")/,
		keep: false,
	},
];
