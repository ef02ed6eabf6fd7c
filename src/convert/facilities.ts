import { paragraphAnchor } from '../shared/ids.ts';
import type { Facility } from '../schema/plan.ts';
import type { DocNode } from './document.ts';
import { facilityTableRows, townOf } from './projects.ts';
import { CN_NUMERAL_CHARS, splitSentences, unitPattern } from './vocabulary.ts';

type Draft = Omit<Facility, 'anchor'> & { anchor: string };

const TYPES = '诊所及其他医疗机构|一级医院|二级医院|三级医院|民营医院|综合医院|中西医结合医院|中医医院|专科医院|社区医院|(?:普通|中医（综合）|中医|口腔|医疗美容|中西医结合|其他|综合)?(?:诊所|门诊部)|医务室|妇幼保健机构|社区卫生服务中心|社区卫生服务站|社区卫生服务机构|乡镇卫生院|卫生院|村卫生室|标准化卫生室|卫生室|医疗卫生机构|医疗机构|护理院|养老机构|医养结合机构|医院';
const COUNT_UNIT = unitPattern('count');
const COUNT_AFTER = new RegExp(`(${TYPES})(?:共|有|共有)?(\\d+)\\s*${COUNT_UNIT}`, 'g');
const COUNT_BEFORE = new RegExp(`(\\d+)\\s*${COUNT_UNIT}(${TYPES})`, 'g');

const INSTITUTION = /(社区医院|人民医院|中医院|中医医院|中西医结合医院|妇幼保健院|妇幼保健所|妇幼保健计划生育服务中心|疾控中心|疾病预防控制中心|卫生监督所|急救中心|专科医院|卫生院|社区卫生服务中心|社区卫生服务站|医院)/g;
// A name is a place (省/市/县/区/镇/乡/街道, optionally chained) plus an optional ordinal or
// specialty; generic phrases (县级医院, 提高乡镇卫生院) do not fit and are left out.
const CN = '[\\u4e00-\\u9fa5]';
const PLACE = `(?:${CN}{1,4}(?:省|市))?(?:${CN}{1,4}(?:县|区))?(?:${CN}{1,4}(?:镇|乡|街道|街|路))?`;
const QUALIFIER = `(?:第[${CN_NUMERAL_CHARS}]|口腔|康复|精神|传染病|儿童|胸科|肿瘤|老年)?`;
const NAME_PREFIX = new RegExp(`^(?:(?:省|市|县|区)${QUALIFIER}|${PLACE}${QUALIFIER}|${CN}{2}中心)$`);
const NOT_A_PLACE = /^(县级|区级|市级|省级|城乡|县乡|区县|县区|市县|省市|各|全|每|以|在|与|和|及|本|我|该|其|原|新|大|小|目前|区域)|乡镇/;
const HAS_PLACE = /省|市|县|区|镇|乡|街道|街|路|^.{2}中心$/;
// Verbs and particles that come before a name in running text: the name starts after the last one.
const LEAD_IN = /.*(?:[和及与的了在到为是对由将向从把使个家处有成进立挂]|推动|协助|扩建|新建|改建|实现|完善|落实|鼓励|依托|加强|扩大|提高|规范|发挥|借助|解决|探索|促进|升级|构建|达到|开展|筹建|实施|支持|调整|提升|优化|打造|强化|统筹|整合|组建|转型|创建|争创|设立|设置|配置|改造|一批|所有|每个|全部|辖区|街镇|以上|以下|二级|三级|甲等|乙等|年末)/;

const KIND_BY_SUFFIX: [RegExp, string][] = [
	[/人民医院$/, '综合医院'],
	[/(中医院|中医医院)$/, '中医医院'],
	[/中西医结合医院$/, '中西医结合医院'],
	[/妇幼保健(院|所)|妇幼保健计划生育服务中心$/, '妇幼保健机构'],
	[/(疾控中心|疾病预防控制中心)$/, '疾病预防控制中心'],
	[/卫生监督所$/, '卫生监督机构'],
	[/急救中心$/, '急救中心'],
	[/卫生院$/, '乡镇卫生院'],
	[/社区卫生服务中心$/, '社区卫生服务中心'],
	[/社区卫生服务站$/, '社区卫生服务站'],
	[/社区医院$/, '社区医院'],
	[/医院$/, '医院'],
];

function kindOf(name: string): string {
	return KIND_BY_SUFFIX.find(([re]) => re.test(name))?.[1] ?? '医疗卫生机构';
}

/** Named institutions in a sentence (县人民医院, 绥东镇卫生院, 宿州市第二人民医院), never generic phrases. */
export function namedInstitutions(text: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(INSTITUTION)) {
		const at = m.index ?? 0;
		const window = text.slice(Math.max(0, at - 10), at).replace(/.*[^\u4e00-\u9fa5]/, '').replace(LEAD_IN, '');
		let prefix: string | null = null;
		for (let k = 0; k <= window.length && prefix === null; k++) {
			const candidate = window.slice(k);
			if (candidate === '') break;
			if (NAME_PREFIX.test(candidate) && HAS_PLACE.test(candidate) && !NOT_A_PLACE.test(candidate) && (m[0] === '卫生院' || !/^.{2}中心$/.test(candidate))) prefix = candidate;
		}
		if (prefix === null) continue;
		const name = `${prefix}${m[0]}`;
		if (!out.includes(name)) out.push(name);
	}
	return out;
}

const EXISTING = /现有|共有|建有|截至|截止|已有|目前|全区共|全县共|\d{4}年底/;
const PLANNED = /筹建|新建|建成|规划|到20\d\d年|力争|十[一二三四五六七八九]五/;

/** Counts of facilities by type and the named institutions a plan mentions, each with its line. */
export function extractFacilities(nodes: DocNode[], file: string): Facility[] {
	const out: Draft[] = [];
	const named = new Set<string>();
	for (const node of nodes) {
		if (node.kind === 'table' && node.tableKind === 'facilities') {
			for (const { row, name, town } of facilityTableRows(node.grid)) {
				out.push({ name, kind: kindOf(name), count: null, status: 'planned', town, source: { file, line: row.line, quote: row.cells.map((c) => c.text).filter(Boolean).join(' | ') }, anchor: paragraphAnchor(row.line) });
				named.add(name);
			}
			continue;
		}
		if (node.kind !== 'paragraph' && node.kind !== 'heading') continue;
		const anchor = node.id;
		for (const sentence of splitSentences(node.text)) {
			const status: Facility['status'] = node.section?.background || EXISTING.test(sentence) ? 'existing' : PLANNED.test(sentence) ? 'planned' : 'mentioned';
			const quote = sentence.trim();
			const counts = [
				...[...sentence.matchAll(COUNT_AFTER)].map((m) => ({ kind: m[1] as string, count: Number(m[2]) })),
				...[...sentence.matchAll(COUNT_BEFORE)].map((m) => ({ kind: m[2] as string, count: Number(m[1]) })),
			];
			for (const { kind, count } of counts) {
				if (out.some((f) => f.name === null && f.kind === kind && f.count === count && f.source.line === node.line)) continue;
				out.push({ name: null, kind, count, status, town: null, source: { file, line: node.line, quote }, anchor });
			}
			for (const name of namedInstitutions(sentence)) {
				if (named.has(name)) continue;
				named.add(name);
				out.push({ name, kind: kindOf(name), count: null, status: 'mentioned', town: townOf(name), source: { file, line: node.line, quote }, anchor });
			}
		}
	}
	return out;
}
