// The public data contract: what /data/*.json serves, one schema per record. The single source of
// truth for the endpoints (src/lib/data.ts validates every record at build time), the search index
// (src/integrations/pagefind.ts reads the records through these types), the JSON Schema published
// at /data/schema/<file> and the field tables on /data/ (both languages, from each field's `doc`).
import { z } from 'zod';
import { comparatorSchema, planStatusSchema, projectKindSchema, regionLevelSchema, titleSourceSchema } from './plan.ts';

/** JSON Schema keyword that carries a field's Chinese description beside the English `description`. */
export const ZH_DESCRIPTION = 'x-description-zh';

/**
 * A field's documentation in both languages, for `.meta()`: `description` (English, what JSON Schema
 * tools show; the same as `.describe(en)`) and {@link ZH_DESCRIPTION} (Chinese, shown on /data/).
 */
export function doc(en: string, zh: string): { description: string; [ZH_DESCRIPTION]: string } {
	return { description: en, [ZH_DESCRIPTION]: zh };
}

const slug = z.string().regex(/^[a-z0-9-]+$/);
const url = z.url();
const file = z.string().min(1).meta(doc('Name of the seed file the plan text was converted from.', '规划原文文件名（seeds/ 中的文件）。'));
const line = z.number().int().min(1).meta(doc('1-based line in the seed file. The anchor on the plan page is in the record’s url: #p-<line> in a plan’s first text, a lasting number that keeps its meaning in later versions.', '原文文件中的行号（从 1 起）。规划页上的锚点见记录的 url：规划的第一个文本中为 #p-行号，之后的版本中保持不变的固定编号。'));
const versionKey = z.string().regex(/^[a-z0-9-]+$/).meta(doc('Key of a version of the plan (<date>-<status>, e.g. 2021-09-30-issued); its page is /plans/<plan>/v/<key>/.', '规划某一版本的标识（日期-稿别，如 2021-09-30-issued）；该版本页面为 /plans/<plan>/v/<key>/。'));
const versionRefRecord = z
	.strictObject({
		key: versionKey,
		status: planStatusSchema.meta(doc('Draft stage of this version as printed; null when the text does not say.', '该版本的稿次，按原文；原文未标明时为 null。')),
		date: z.string().nullable().meta(doc('Date of this version’s text (YYYY-MM-DD); null when none.', '该版本文本的日期（YYYY-MM-DD）；无则为 null。')),
		file: z.string().meta(doc('Seed file of this version.', '该版本的原文文件名。')),
		sha256: z.string().regex(/^[0-9a-f]{64}$/).meta(doc('SHA-256 of this version’s text.', '该版本文本的 SHA-256 校验值。')),
		url: url.nullable().meta(doc('Absolute URL of this version’s page; null for a text later written over in place (its ids are kept, its full text is not).', '该版本页面的完整网址；文本已被新文本原地覆盖时为 null（其编号保留，全文未保留）。')),
	})
	.meta(doc('One version (text) of the plan.', '规划的一个版本（文本）。'));
const planRef = slug.meta(doc('Slug of the plan the record belongs to (plans.json slug).', '所属规划的标识（对应 plans.json 的 slug）。'));

// ---------------------------------------------------------------------------------------------
// plans.json

export const planRecordSchema = z
	.strictObject({
		slug: slug.meta(doc('Stable identifier of the plan; its page is /plans/<slug>/.', '规划的稳定标识；规划页地址为 /plans/<slug>/。')),
		title: z.string().min(1).meta(doc('Title as printed in the text (supplied by the curator or inferred when the text prints none).', '规划标题，按原文；原文无标题时由整理者补充或从文本推断。')),
		title_source: titleSourceSchema.meta(doc('Where the title comes from: printed (the text prints it as its title), notice (the 《》 of an issuing notice), quoted (the 《》 of a sentence or an interpretation), curated (a person supplied it in plans.yaml), file-name (nothing better: the seed file name).', '标题来源：printed（原文标题行）、notice（印发通知的书名号）、quoted（正文或解读中的书名号）、curated（整理者在 plans.yaml 中补充）、file-name（无更好来源，取自文件名）。')),
		region: z
			.strictObject({
				name: z.string().min(1).meta(doc('County-level unit (county, district, county-level city, banner), in Chinese.', '县级行政区名称（县、区、县级市、旗）。')),
				city: z.string().nullable().meta(doc('Prefecture-level city it belongs to; null when unknown.', '所属地级市；未知时为 null。')),
				province: z.string().nullable().meta(doc('Province it belongs to; null when unknown.', '所属省份；未知时为 null。')),
				level: regionLevelSchema.nullable().meta(doc('Kind of unit: county (县), autonomous-county (自治县), district (区), county-city (县级市), banner (旗), autonomous-banner (自治旗), forestry-district (林区), special-district (特区), city (a city-level plan, 地级市/州/盟), province, other; null when unknown.', '行政区类型：county（县）、autonomous-county（自治县）、district（区）、county-city（县级市）、banner（旗）、autonomous-banner（自治旗）、forestry-district（林区）、special-district（特区）、city（地级规划）、province（省级）、other（其他）；未知时为 null。')),
				code: z.string().regex(/^\d{6}$/).nullable().meta(doc('GB/T 2260 six-digit division code; null when nobody has curated it yet.', 'GB/T 2260 六位行政区划代码；尚未整理时为 null。')),
				name_en: z.string().nullable().meta(doc('English name of the unit, curated by a person; null when nobody has supplied one.', '人工整理的英文地区名；无则为 null。')),
				city_en: z.string().nullable().meta(doc('English name of the city, curated; null when none.', '人工整理的英文地级市名；无则为 null。')),
				province_en: z.string().nullable().meta(doc('English name of the province, curated; null when none.', '人工整理的英文省份名；无则为 null。')),
			})
			.meta(doc('The county-level region the plan covers.', '规划所覆盖的县级行政区。')),
		status: planStatusSchema.meta(doc('Draft stage as printed (草稿 draft, 征求意见稿 consultation draft, 送审稿 draft for approval, 印发稿 issued); null when the text does not say.', '稿次，按原文（草稿、征求意见稿、送审稿、印发稿）；原文未标明时为 null。')),
		period: z
			.strictObject({
				start: z.number().int().meta(doc('First year of the plan period.', '规划期起始年份。')),
				end: z.number().int().meta(doc('Last year of the plan period (the year most targets are set for).', '规划期末年份（多数目标的目标年）。')),
				base_year: z.number().int().meta(doc('Base year of the baselines (the year before the period starts, unless the text says otherwise).', '基期年份（一般为规划期前一年，原文另有说明的从原文）。')),
			})
			.meta(doc('The plan period.', '规划期。')),
		date: z.string().nullable().meta(doc('Date of the text as printed, ISO 8601 (YYYY-MM-DD); null when the text gives none.', '文本注明的日期，ISO 8601 格式（YYYY-MM-DD）；原文未注明时为 null。')),
		source: z
			.strictObject({
				file,
				sha256: z.string().regex(/^[0-9a-f]{64}$/).meta(doc('SHA-256 of the seed file’s bytes, to check that a copy is the same text.', '原文文件的 SHA-256 校验值，用于核对副本是否为同一文本。')),
				origin: z
					.strictObject({
						file: z.string().meta(doc('Name of the file as published (before it was converted to text).', '发布时的原始文件名（转为文本之前）。')),
						format: z.string().meta(doc('Format of the published file (docx, doc, pdf, html …).', '原始文件格式（docx、doc、pdf、html 等）。')),
						sha256: z.string().regex(/^[0-9a-f]{64}$/).meta(doc('SHA-256 of the published file’s bytes.', '原始文件的 SHA-256 校验值。')),
					})
					.nullable()
					.optional()
					.meta(doc('The published file the seed text was imported from; null or absent when the seed is the published text itself.', '文本导入前的原始发布文件；文本本身即为发布原文时为 null 或不出现。')),
			})
			.meta(doc('The text the record was converted from.', '数据所依据的原文文件。')),
		url: url.meta(doc('Absolute URL of the plan page (it shows the latest version).', '规划页的完整网址（显示最新版本）。')),
		version: versionRefRecord.nullable().meta(doc('The version this record describes: the plan’s latest text.', '本记录所描述的版本：规划的最新文本。')),
		versions: z.array(versionRefRecord).meta(doc('Every version of the plan, oldest first; the last is the latest.', '规划的全部版本，按时间先后；最后一个为最新版本。')),
		changes_url: url.nullable().meta(doc('Absolute URL of the page of what changed between versions; null for a plan with one kept version.', '各版本间变化页面的完整网址；只有一个保留版本时为 null。')),
		inferred: z.array(z.string()).meta(doc('Fields read from the text by the converter rather than curated by a person (title, region, status …).', '由程序从原文推断、而非人工整理的字段（如 title、region、status）。')),
		counts: z
			.strictObject({
				headings: z.number().int().min(0).meta(doc('Headings in the outline.', '目录中的标题数。')),
				paragraphs: z.number().int().min(0).meta(doc('Paragraphs of the text.', '正文段落数。')),
				indicators: z.number().int().min(0).meta(doc('Targets (records in indicators.json).', '指标数（indicators.json 中的记录）。')),
				projects: z.number().int().min(0).meta(doc('Key projects (records in projects.json).', '重点项目数（projects.json 中的记录）。')),
				facilities: z.number().int().min(0).meta(doc('Facility counts and named institutions (records in facilities.json).', '医疗机构条目数（facilities.json 中的记录）。')),
			})
			.meta(doc('How many of each kind of thing the plan holds.', '规划中各类条目的数量。')),
	})
	.meta(doc('One plan (plans.json holds one record per plan).', '一份规划（plans.json 每份规划一条）。'));
export type PlanRecord = z.infer<typeof planRecordSchema>;

// ---------------------------------------------------------------------------------------------
// indicators.json

const printed = z.string().meta(doc('The value exactly as printed (≤3, 80.15以上, ＜5.2, -); empty when the text gives none.', '原文中的写法，逐字保留（如 ≤3、80.15以上、＜5.2、-）；原文未给出时为空。'));
const parsed = z.number().nullable().meta(doc('The number read from text; null when uncertain (note says why).', '从 text 解析出的数值；无法确定时为 null（原因见 note）。'));

export const commitmentSchema = z.enum(['count', 'share', 'access', 'level', 'change', 'capacity']);

export const indicatorRecordSchema = z
	.strictObject({
		plan: planRef,
		id: slug.meta(doc('Identifier of the target within its plan; its page is /plans/<plan>/indicators/<id>/.', '指标在所属规划内的标识；指标页地址为 /plans/<plan>/indicators/<id>/。')),
		url: url.meta(doc('Absolute URL of the target’s page (source, chart, citation).', '指标页的完整网址（出处、图表、引用格式）。')),
		version: versionKey.nullable().meta(doc('Key of the plan version the target is read from (its latest); see plans.json versions.', '指标所依据的规划版本标识（最新版本）；见 plans.json 的 versions。')),
		name: z.string().min(1).meta(doc('Name of the target as printed.', '指标名称，按原文。')),
		name_en: z.string().nullable().meta(doc('English name, for targets matched to the glossary of common targets; else null.', '英文名称（仅限与通用指标词表对应的指标）；否则为 null。')),
		canonical: slug.nullable().meta(doc('Identifier of the common target it states (compare across plans at /indicators/<canonical>/); null when not matched.', '对应的通用指标标识（跨规划对比页 /indicators/<canonical>/）；未对应时为 null。')),
		domain: z.string().nullable().meta(doc('Group the target is listed under in its table (居民健康水平 …); null for targets in sentences.', '指标在指标表中所属的类别（如居民健康水平）；正文中的目标为 null。')),
		unit: z.string().nullable().meta(doc('Unit as printed (%, ‰, 岁, 张 …); null when none.', '计量单位，按原文（%、‰、岁、张等）；无则为 null。')),
		baseline: z
			.strictObject({
				year: z.number().int().nullable().meta(doc('Year of the baseline value; null when the text does not say.', '基期数值的年份；原文未说明时为 null。')),
				value: parsed,
				text: printed,
			})
			.nullable()
			.meta(doc('The value at the start of the period; null when the text gives no baseline.', '规划期初（基期）的数值；原文未给出时为 null。')),
		target: z
			.strictObject({
				year: z.number().int().nullable().meta(doc('Year the target is set for; null when the text does not say.', '目标年份；原文未说明时为 null。')),
				value: parsed,
				comparator: comparatorSchema.nullable().meta(doc('How the value binds: = < <= > >= ≈ (about) or range (see range). 以上 (or more) is >=, 以下/以内 (or less, within) is <=; null when no number.', '数值的比较关系：= < <= > >= ≈（左右）或 range（区间，见 range）。“以上”记为 >=，“以下/以内”记为 <=；无数值时为 null。')),
				text: printed,
				range: z.tuple([z.number(), z.number()]).nullable().meta(doc('Lower and upper bound of a range target such as 2-3个; null otherwise.', '区间目标（如 2-3个）的下限与上限；否则为 null。')),
			})
			.meta(doc('The value to reach by the end of the period.', '规划期末要达到的目标值。')),
		attribute: z.enum(['binding', 'expected']).nullable().meta(doc('binding (约束性: a duty the government is assessed on) or expected (预期性: a direction to aim for); null when the text does not say.', 'binding（约束性，政府必须完成并纳入考核）或 expected（预期性，引导方向）；原文未标注时为 null。')),
		attribute_text: z.string().nullable().meta(doc('The attribute as printed (约束性, 预期性 …); null when none.', '原文中的属性写法（约束性、预期性等）；无则为 null。')),
		kind: z.enum(['table', 'prose']).meta(doc('table: a row of the plan’s target table; prose: a sentence of the text. A target stated in both is listed twice, linked by related.', 'table：来自规划指标表；prose：来自正文句子。两处都有的目标列出两次，related 互相指向。')),
		commitment: commitmentSchema
			.nullable()
			.optional()
			.meta(doc('What kind of commitment the target is: count, share, access, level, change or capacity; null when unclassified.', '目标的承诺类型：count（数量）、share（比例）、access（可及）、level（水平）、change（变化）、capacity（能力）；未分类时为 null。')),
		source: z
			.strictObject({
				file,
				line,
				quote: z.string().min(1).meta(doc('The sentence or table row the target was read from, exactly as printed.', '指标所在的原文句子或表格行，逐字引用。')),
				url: url.meta(doc('Absolute URL of that line on the plan page.', '该行在规划页上的完整网址。')),
			})
			.meta(doc('Where the target is stated.', '指标在原文中的出处。')),
		related: z.array(slug).meta(doc('ids of other targets of the same plan that state the same thing (table and sentence).', '同一规划中表述同一目标的其他指标的 id（指标表与正文）。')),
		parent: slug.nullable().meta(doc('For a part of a target (其中公立医院…): the id of the target it is part of; else null.', '分项指标（如“其中公立医院…”）所属的总指标 id；否则为 null。')),
		conflict: z.string().nullable().meta(doc('Set when a related statement gives a different number: shown, never resolved silently; else null.', '相关表述给出的数值不一致时的说明（列出，不擅自取舍）；否则为 null。')),
		note: z.string().nullable().meta(doc('Why the converter is unsure (a value left null); else null.', '程序无法确定数值的原因（数值留空时）；否则为 null。')),
	})
	.meta(doc('One target (指标) of one plan, with its baseline and source.', '一份规划中的一项指标，含基期、目标与出处。'));
export type IndicatorRecord = z.infer<typeof indicatorRecordSchema>;

// ---------------------------------------------------------------------------------------------
// projects.json

export const projectRecordSchema = z
	.strictObject({
		plan: planRef,
		id: slug.meta(doc('Identifier of the project within its plan.', '项目在所属规划内的标识。')),
		url: url.meta(doc('Absolute URL of the paragraph or row that names the project.', '列出该项目的原文段落或表格行的完整网址。')),
		version: versionKey.nullable().meta(doc('Key of the plan version the project is read from (its latest); see plans.json versions.', '项目所依据的规划版本标识（最新版本）；见 plans.json 的 versions。')),
		name: z.string().min(1).meta(doc('Name of the project as printed.', '项目名称，按原文。')),
		description: z.string().meta(doc('What the text says about it (scale, content), as printed; may be empty.', '原文对项目的描述（规模、内容），按原文；可能为空。')),
		group: z.string().nullable().meta(doc('Title of the 专栏 box or table category it is listed under; null when none.', '所属专栏标题或项目表类别；无则为 null。')),
		kind: projectKindSchema.meta(doc('new-building (新建/扩建), renovation (改建/改造), equipment (设备购置), it (信息化) or programme (工程与计划), read from the wording.', '项目类型，从措辞判断：new-building（新建与扩建）、renovation（改建与改造）、equipment（设备购置）、it（信息化）、programme（工程与计划）。')),
		form: z.enum(['box', 'table', 'facility-table', 'prose']).meta(doc('Where it is listed: box (专栏), table (project table), facility-table (facility planning table) or prose (a sentence).', '列出形式：box（专栏）、table（项目表）、facility-table（设施规划表）、prose（正文）。')),
		town: z.string().nullable().meta(doc('Town or street (乡镇/街道) the text places it in; null when none.', '原文写明的所在乡镇或街道；无则为 null。')),
		stage: z.string().nullable().optional().meta(doc('Stage as printed (新开工 new, 续建 continued, 谋划 planned); null when the text does not say.', '建设阶段，按原文（新开工、续建、谋划）；原文未说明时为 null。')),
		quantities: z
			.array(
				z
					.strictObject({
						value: z.number().meta(doc('The number.', '数值。')),
						unit: z.string().meta(doc('Its unit (m², 张, 辆, 万元 …).', '单位（m²、张、辆、万元等）。')),
					})
					.meta(doc('One quantity.', '一项规模数量。')),
			)
			.meta(doc('Scale read from the description: floor area, beds, vehicles, money.', '从描述中读出的规模：建筑面积、床位、车辆、金额等。')),
		source: z.strictObject({ file, line }).meta(doc('Where the project is named.', '项目在原文中的出处。')),
	})
	.meta(doc('One key project (重点项目) of one plan.', '一份规划中的一个重点项目。'));
export type ProjectRecord = z.infer<typeof projectRecordSchema>;

// ---------------------------------------------------------------------------------------------
// facilities.json

export const facilityRecordSchema = z
	.strictObject({
		plan: planRef,
		name: z.string().nullable().meta(doc('Name of a named institution (县人民医院); null for a count by type.', '具名机构的名称（如县人民医院）；按类型计数时为 null。')),
		kind: z.string().min(1).meta(doc('Type of facility as printed (乡镇卫生院, 村卫生室 …).', '机构类型，按原文（乡镇卫生院、村卫生室等）。')),
		count: z.number().nullable().meta(doc('How many of the type the text states (一级医院8家 → 8); null for a named institution.', '原文给出的该类型数量（如“一级医院8家”为 8）；具名机构为 null。')),
		status: z.enum(['existing', 'planned', 'mentioned']).meta(doc('existing: stated as the current situation; planned: in a planning table or target; mentioned: named only.', 'existing：作为现状陈述；planned：见于规划表或目标；mentioned：仅提及。')),
		town: z.string().nullable().meta(doc('Town or street (乡镇/街道) the text places it in; null when none.', '原文写明的所在乡镇或街道；无则为 null。')),
		url: url.meta(doc('Absolute URL of the paragraph or row that names it.', '提及该机构的原文段落或表格行的完整网址。')),
		source: z.strictObject({ file, line }).meta(doc('Where it is named.', '在原文中的出处。')),
	})
	.meta(doc('A count of facilities by type, or one named institution, in one plan.', '一份规划中按类型的机构数量，或一个具名机构。'));
export type FacilityRecord = z.infer<typeof facilityRecordSchema>;

// ---------------------------------------------------------------------------------------------
// changes.json

const counts3 = (what: string, zh: string) =>
	z
		.strictObject({
			added: z.number().int().min(0).meta(doc(`${what} added.`, `新增的${zh}数。`)),
			removed: z.number().int().min(0).meta(doc(`${what} removed.`, `删去的${zh}数。`)),
			changed: z.number().int().min(0).meta(doc(`${what} changed.`, `修改的${zh}数。`)),
		})
		.meta(doc(`Counts of ${what.toLowerCase()} by change.`, `${zh}变化的数量。`));
const change = z.enum(['added', 'removed', 'changed']).meta(doc('added, removed or changed.', 'added（新增）、removed（删去）或 changed（修改）。'));
const itemFacts = (what: string, zh: string) =>
	z
		.strictObject({
			name: z.string().meta(doc(`Name of the ${what} as printed.`, `${zh}名称，按原文。`)),
			text: z.string().meta(doc(what === 'target' ? 'The target value as printed.' : 'The description as printed.', what === 'target' ? '目标值，按原文。' : '描述，按原文。')),
			line,
			anchor: z.string().meta(doc('Its paragraph’s lasting anchor (p-<n>) on that version’s page.', '所在段落在该版本页面上的固定锚点（p-编号）。')),
			quote: z.string().meta(doc('The sentence or row it is read from.', '所依据的原文句子或表格行。')),
			...(what === 'target'
				? {
						year: z.number().int().nullable().meta(doc('Target year; null when not stated.', '目标年份；未注明时为 null。')),
						baseline: z.string().nullable().meta(doc('Baseline as printed; null when none.', '基期值，按原文；无则为 null。')),
						attribute: z.string().nullable().meta(doc('Attribute as printed (约束性/预期性); null when none.', '指标属性，按原文（约束性/预期性）；无则为 null。')),
					}
				: {}),
		})
		.nullable()
		.meta(doc(`The ${what} in one of the two versions; null when it is not in that version.`, `${zh}在该版本中的内容；该版本中没有时为 null。`));
const unitText = z
	.strictObject({ line, text: z.string().meta(doc('The paragraph’s text in that version.', '该段在该版本中的文字。')) })
	.nullable()
	.meta(doc('The paragraph in one of the two versions; null when it is not in that version.', '该段在该版本中的内容；该版本中没有时为 null。'));

export const changeRecordSchema = z
	.strictObject({
		plan: planRef,
		from: versionKey,
		to: versionKey,
		url: url.meta(doc('Absolute URL of the page showing these changes.', '显示这些变化的页面的完整网址。')),
		counts: z
			.strictObject({
				targets: counts3('Targets', '指标'),
				projects: counts3('Projects', '项目'),
				paragraphs: z
					.strictObject({
						added: z.number().int().min(0).meta(doc('Paragraphs added.', '新增的段落数。')),
						removed: z.number().int().min(0).meta(doc('Paragraphs removed.', '删去的段落数。')),
						edited: z.number().int().min(0).meta(doc('Paragraphs whose text changed.', '文字有修改的段落数。')),
					})
					.meta(doc('Counts of paragraphs by change.', '段落变化的数量。')),
			})
			.meta(doc('How many of each kind of thing changed.', '各类条目变化的数量。')),
		targets: z
			.array(z.strictObject({ id: slug.meta(doc('Lasting id of the target (its page keeps working in every case).', '指标的固定标识（其页面在任何情况下都保持可用）。')), change, old: itemFacts('target', '指标'), new: itemFacts('target', '指标') }).meta(doc('One target that changed.', '一项有变化的指标。')))
			.meta(doc('Targets added, removed or changed.', '新增、删去或修改的指标。')),
		projects: z
			.array(z.strictObject({ id: slug.meta(doc('Lasting id of the project.', '项目的固定标识。')), change, old: itemFacts('project', '项目'), new: itemFacts('project', '项目') }).meta(doc('One project that changed.', '一项有变化的项目。')))
			.meta(doc('Projects added, removed or changed.', '新增、删去或修改的项目。')),
		paragraphs: z
			.array(
				z
					.strictObject({
						id: z.string().meta(doc('Lasting anchor of the paragraph (p-<n>).', '段落的固定锚点（p-编号）。')),
						change: z.enum(['added', 'removed', 'edited']).meta(doc('added, removed or edited.', 'added（新增）、removed（删去）或 edited（修改）。')),
						old: unitText,
						new: unitText,
					})
					.meta(doc('One paragraph that changed.', '一段有变化的文字。')),
			)
			.meta(doc('Paragraphs added, removed or edited (a paragraph that only moved is not listed).', '新增、删去或修改的段落（仅移动位置的段落不列出）。')),
	})
	.meta(doc('What changed from one version of a plan to a later one.', '一份规划从一个版本到较晚版本的变化。'));
export type ChangeRecord = z.infer<typeof changeRecordSchema>;

// ---------------------------------------------------------------------------------------------

/** The JSON files of /data/ and the schema of one record of each (each file is an array of records). */
export const DATA_FILES = {
	'plans.json': planRecordSchema,
	'indicators.json': indicatorRecordSchema,
	'projects.json': projectRecordSchema,
	'facilities.json': facilityRecordSchema,
	'changes.json': changeRecordSchema,
} as const;
export type DataFile = keyof typeof DATA_FILES;

/** A JSON Schema node as z.toJSONSchema writes it (the keywords the /data/ page and the Table Schemas read). */
export interface JsonSchemaNode {
	type?: string | string[];
	anyOf?: JsonSchemaNode[];
	enum?: unknown[];
	const?: unknown;
	format?: string;
	properties?: Record<string, JsonSchemaNode>;
	required?: string[];
	items?: JsonSchemaNode;
	prefixItems?: JsonSchemaNode[];
	description?: string;
	[ZH_DESCRIPTION]?: string;
}

/**
 * The JSON Schema (draft 2020-12) of one data file as the site reads it: an array of records, every
 * field with its `description` (English) and {@link ZH_DESCRIPTION} (Chinese). `id` is the schema's
 * own absolute URL. What /data/schema/ publishes is {@link publishedSchemaOf}.
 */
export function jsonSchemaOf(file: DataFile, id: string): Record<string, unknown> {
	const schema = z.array(DATA_FILES[file]).meta({ title: `/data/${file}`, ...doc(`The records of /data/${file}.`, `/data/${file} 的全部记录。`) });
	return { ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }), $id: id };
}

/** The JSON Schema drafts /data/schema/ publishes: 2020-12 at /data/schema/<file>, draft-07 at /data/schema/draft-07/<file>. */
export type SchemaDraft = '2020-12' | 'draft-07';

/** A description in both languages, as published: the English, a blank line, the Chinese. */
export function bilingual(en: string | undefined, zh: string | undefined): string | undefined {
	return [en, zh].filter(Boolean).join('\n\n') || undefined;
}

/** Absolute http(s) URL, as a pattern: the `format: "uri"` it replaces is unknown to a validator without format plugins. */
export const URL_PATTERN = '^https?://';

/**
 * Rewrites a schema node for publication so a validator in its default strict mode compiles it
 * (`new Ajv()` for draft-07, `new Ajv2020()` for 2020-12, no options): {@link ZH_DESCRIPTION} folded
 * into `description` ({@link bilingual}), `format: "uri"` replaced by {@link URL_PATTERN}.
 */
function publishable(node: unknown): unknown {
	if (Array.isArray(node)) return node.map(publishable);
	if (node === null || typeof node !== 'object') return node;
	const out: Record<string, unknown> = {};
	const { [ZH_DESCRIPTION]: zh, ...rest } = node as Record<string, unknown>;
	for (const [key, value] of Object.entries(rest)) {
		if (key === 'description') out.description = bilingual(value as string, zh as string | undefined);
		else if (key === 'format' && value === 'uri') out.pattern = URL_PATTERN;
		else out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, publishable(v)])) : publishable(value);
	}
	if (zh && !('description' in rest)) out.description = zh;
	return out;
}

/**
 * The JSON Schema of one data file as published at /data/schema/<file> (2020-12) or
 * /data/schema/draft-07/<file>: descriptions in English and Chinese, compiling in Ajv's default strict mode.
 */
export function publishedSchemaOf(file: DataFile, id: string, draft: SchemaDraft = '2020-12'): Record<string, unknown> {
	const schema = z.array(DATA_FILES[file]).meta({ title: `/data/${file}`, ...doc(`The records of /data/${file}.`, `/data/${file} 的全部记录。`) });
	const json = z.toJSONSchema(schema, { target: draft === '2020-12' ? 'draft-2020-12' : 'draft-7', io: 'output' });
	return { ...(publishable(json) as Record<string, unknown>), $id: id };
}
