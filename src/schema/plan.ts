import { z } from 'zod';

/** Where a value came from: the seed file name and its 1-based line. */
export const sourceRefSchema = z.object({
	file: z.string().min(1),
	line: z.number().int().min(1),
});

/** A source reference that also quotes the sentence or row the value was read from. */
export const quotedSourceSchema = sourceRefSchema.extend({
	quote: z.string().min(1),
});

export const comparatorSchema = z.enum(['=', '<', '<=', '>', '>=', '≈', 'range']);
export type Comparator = z.infer<typeof comparatorSchema>;

/** A number as printed (`text`, kept exactly) and as parsed (`value`, null when unsure). */
export const measuredValueSchema = z.object({
	year: z.number().int().nullable(),
	value: z.number().nullable(),
	text: z.string(),
});

export const targetValueSchema = measuredValueSchema.extend({
	comparator: comparatorSchema.nullable(),
	/** Bounds of a range target such as `2-3个`; null otherwise. */
	range: z.tuple([z.number(), z.number()]).nullable(),
});

export const commitmentKindSchema = z.enum(['count', 'share', 'access', 'level', 'change', 'capacity']);
export type CommitmentKindName = z.infer<typeof commitmentKindSchema>;

export const indicatorSchema = z.object({
	id: z.string().regex(/^[a-z0-9-]+$/),
	name: z.string().min(1),
	name_en: z.string().nullable(),
	canonical: z.string().nullable(),
	domain: z.string().nullable(),
	unit: z.string().nullable(),
	baseline: measuredValueSchema.nullable(),
	target: targetValueSchema,
	attribute: z.enum(['binding', 'expected']).nullable(),
	attribute_text: z.string().nullable(),
	kind: z.enum(['table', 'prose']),
	/**
	 * For a quantified commitment read from running text (src/convert/commitments.ts): what kind —
	 * a count to build or reach, a share of a set of institutions, access (radius, time circle,
	 * response time), a grade or level, a change by an amount, new capacity (beds). Null for the
	 * indicator-table and prose indicator targets.
	 */
	commitment: commitmentKindSchema.nullable().optional(),
	source: quotedSourceSchema,
	/** Anchor (without `#`) of the paragraph or table row that holds the source line. */
	anchor: z.string(),
	/** Outline section the indicator sits in, for citations. */
	section: z.string().nullable(),
	/** Other indicators of the same plan that state the same target (table vs prose). */
	related: z.array(z.string()),
	/** Set when a related statement gives a different number: shown, never resolved silently. */
	conflict: z.string().nullable(),
	/** Why the parser is unsure (value left null), or null. */
	note: z.string().nullable(),
	/**
	 * The id of the target this one is a part of (`床位数6.8张，其中公立医院4.2张`: the part names its
	 * parent, `…床位数（公立医院）`); absent for a whole target.
	 */
	parent: z.string().optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const quantitySchema = z.object({
	value: z.number(),
	unit: z.string(),
	text: z.string(),
});
export type Quantity = z.infer<typeof quantitySchema>;

export const projectKindSchema = z.enum(['new-building', 'renovation', 'equipment', 'it', 'programme']);
export type ProjectKind = z.infer<typeof projectKindSchema>;

export const projectSchema = z.object({
	id: z.string().regex(/^[a-z0-9-]+$/),
	name: z.string().min(1),
	description: z.string(),
	/** The 专栏 box title or table category the project is listed under. */
	group: z.string().nullable(),
	kind: projectKindSchema,
	form: z.enum(['box', 'table', 'facility-table', 'prose']),
	quantities: z.array(quantitySchema),
	/** Town or street (乡镇/街道) the text places the project in, if it names one. */
	town: z.string().nullable(),
	/** Stage as printed when the text lists projects by stage (新开工, 续建, 谋划); null otherwise. */
	stage: z.string().nullable().default(null),
	source: quotedSourceSchema,
	anchor: z.string(),
});
export type Project = z.infer<typeof projectSchema>;

export const facilitySchema = z.object({
	/** Named institution (县人民医院); null for a count by type (一级医院8家). */
	name: z.string().nullable(),
	kind: z.string().min(1),
	count: z.number().nullable(),
	/** existing: stated as the current situation; planned: in a planning table or target. */
	status: z.enum(['existing', 'planned', 'mentioned']),
	town: z.string().nullable(),
	source: quotedSourceSchema,
	anchor: z.string(),
});
export type Facility = z.infer<typeof facilitySchema>;

export const headingSchema = z.object({
	id: z.string(),
	level: z.number().int().min(1).max(4),
	title: z.string(),
	line: z.number().int().min(1),
	/** Numbering style as printed: 第一章, 一、, （一）, 1、, 1．, 1., （1）, 专栏, 附件, plain. */
	style: z.string(),
});
export type Heading = z.infer<typeof headingSchema>;

export const tableSummarySchema = z.object({
	id: z.string(),
	line: z.number().int().min(1),
	end_line: z.number().int().min(1),
	caption: z.string().nullable(),
	kind: z.enum(['indicators', 'projects', 'facilities', 'other']),
	rows: z.number().int(),
	columns: z.number().int(),
});

/** The version a text says it is (rules in src/convert/rules/status.ts); null when it does not say. 印发稿 is issued, every other value a draft of its kind. */
export const planStatusSchema = z.enum(['草稿', '征求意见稿', '送审稿', '讨论稿', '草案', '印发稿']).nullable();
export type PlanStatus = z.infer<typeof planStatusSchema>;

/** The region name of a plan whose text names no place and that nobody has curated. */
export const UNKNOWN_REGION = '未注明地区';

/**
 * Kind of unit: county-level kinds from the name's suffix (src/convert/places.ts LEVEL_SUFFIXES),
 * `city` for a plan of a prefecture-level city (地级市, 地区, 州, 盟), `province` for a province's.
 */
export const regionLevelSchema = z.enum(['county', 'autonomous-county', 'district', 'county-city', 'banner', 'autonomous-banner', 'forestry-district', 'special-district', 'other', 'city', 'province']);

export const regionSchema = z.object({
	/** The unit's name as the division list spells it; UNKNOWN_REGION when the text names none. */
	name: z.string().min(1),
	/** The city (地级) the unit belongs to; null for a city- or province-level plan, a county directly under its province, or unknown. */
	city: z.string().nullable(),
	province: z.string().nullable(),
	level: regionLevelSchema.nullable(),
	/** GB/T 2260 six-digit code (a city's ends in 00); null when neither the text nor a person has settled it. */
	code: z.string().regex(/^\d{6}$/).nullable(),
	/** English names curated in plans.yaml for the /en/ pages; null when nobody has supplied them. */
	name_en: z.string().nullable().default(null),
	city_en: z.string().nullable().default(null),
	province_en: z.string().nullable().default(null),
});

export const periodSchema = z.object({
	start: z.number().int(),
	end: z.number().int(),
	base_year: z.number().int(),
});

/**
 * Where a plan's title was read: `printed` — the title lines at the top of the text (joined when
 * split over lines); `notice` — the 《》 of the issuing notice printed before the plan; `quoted` —
 * the 《》 by which the text names itself (a 解读, a news report, 以下简称《规划》); `curated` — written
 * in seeds/plans.yaml by a person because the text prints none; `file-name` — nothing better existed.
 */
export const titleSourceSchema = z.enum(['printed', 'notice', 'quoted', 'curated', 'file-name']);
export type TitleSource = z.infer<typeof titleSourceSchema>;

export const parserNoteSchema = z.object({
	line: z.number().int().min(1),
	message: z.string(),
	/** Anchor of the unit that holds the line (absent in notes made before anchors were lasting). */
	anchor: z.string().optional(),
});

/** Where an imported seed came from: the file a person downloaded (src/import), before it became seed text. */
export const originSchema = z.object({
	/** The original file's name as it was imported. */
	file: z.string().min(1),
	/** `docx` (a Word file), `html` (a saved web page) or `pdf` (text read from a PDF's text layer). */
	format: z.enum(['docx', 'html', 'pdf']),
	/** SHA-256 of the original file's bytes. */
	sha256: z.string().regex(/^[0-9a-f]{64}$/),
	/** Pages of the original (recorded for a PDF). */
	pages: z.number().int().min(1).optional(),
});
export type PlanOrigin = z.infer<typeof originSchema>;

/** One text of a plan (草稿, 征求意见稿, 印发稿…): several texts of one plan are its versions. */
export const versionRefSchema = z.object({
	/** Permanent key: `<date>-<status word>` (src/shared/ids.ts versionKey); the version's page is /plans/<slug>/v/<key>/. */
	key: z.string().regex(/^[a-z0-9-]+$/),
	status: planStatusSchema,
	date: z.string().nullable(),
	/** The seed file and the SHA-256 of its text. */
	file: z.string(),
	sha256: z.string().regex(/^[0-9a-f]{64}$/),
	/** True when the text is in seeds/ and has its own page; false for a text later written over in place (ids kept, text not). */
	kept: z.boolean(),
});
export type VersionRef = z.infer<typeof versionRefSchema>;

/** What a target or project showed when last seen (kept in the id ledger, src/convert/ledger.ts). */
export const seenSchema = z.object({
	name: z.string(),
	/** A target's value as printed (`≥80`), or a project's description; '' when none. */
	text: z.string(),
	year: z.number().int().nullable(),
	file: z.string(),
	line: z.number().int(),
	quote: z.string(),
});
export type Seen = z.infer<typeof seenSchema>;

/** A target or project a later text dropped: what it was when last seen, for the page its address keeps. */
export const retiredItemSchema = seenSchema.extend({
	id: z.string(),
	/** Anchor of its paragraph or row in the last version it is in. */
	anchor: z.string(),
	/** Keys of the first and the last version it is in. */
	first: z.string(),
	last: z.string(),
});
export type RetiredItem = z.infer<typeof retiredItemSchema>;

export const retiredSchema = z.object({
	/** Paragraph anchors of earlier versions that this text no longer has: the text and the version last holding it, and the anchor it followed. */
	paragraphs: z.array(z.object({ id: z.string(), text: z.string(), last: z.string(), after: z.string().nullable() })),
	targets: z.array(retiredItemSchema),
	projects: z.array(retiredItemSchema),
});

const changeKind = z.enum(['added', 'removed', 'changed']);
const targetFactsSchema = z.object({ name: z.string(), text: z.string(), year: z.number().int().nullable(), baseline: z.string().nullable(), attribute: z.string().nullable(), line: z.number().int(), anchor: z.string(), quote: z.string() });
const projectFactsSchema = z.object({ name: z.string(), text: z.string(), line: z.number().int(), anchor: z.string(), quote: z.string() });
const unitTextSchema = z.object({ line: z.number().int(), text: z.string() });
const countsSchema = z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int() });

/** What changed from one kept text of a plan to a later one (src/convert/changes.ts), by lasting id. */
export const versionChangeSchema = z.object({
	from: z.string(),
	to: z.string(),
	counts: z.object({ targets: countsSchema, projects: countsSchema, paragraphs: z.object({ added: z.number().int(), removed: z.number().int(), edited: z.number().int() }) }),
	targets: z.array(z.object({ id: z.string(), change: changeKind, old: targetFactsSchema.nullable(), new: targetFactsSchema.nullable() })),
	projects: z.array(z.object({ id: z.string(), change: changeKind, old: projectFactsSchema.nullable(), new: projectFactsSchema.nullable() })),
	paragraphs: z.array(z.object({ id: z.string(), change: z.enum(['added', 'removed', 'edited']), old: unitTextSchema.nullable(), new: unitTextSchema.nullable() })),
});
export type VersionChange = z.infer<typeof versionChangeSchema>;

export const planSchema = z.object({
	slug: z.string().regex(/^[a-z0-9-]+$/),
	title: z.string().min(1),
	/** Where the title comes from: see titleSourceSchema. */
	title_source: titleSourceSchema,
	/** English title curated in plans.yaml; null when nobody has supplied one. */
	title_en: z.string().nullable().default(null),
	region: regionSchema,
	status: planStatusSchema,
	period: periodSchema,
	date: z.string().nullable(),
	source: z.object({
		file: z.string(),
		sha256: z.string().regex(/^[0-9a-f]{64}$/),
		lines: z.number().int(),
		note: z.string().nullable(),
		/** The Word file or web page the seed was imported from; absent for a seed written as text. */
		origin: originSchema.optional(),
	}),
	/** Metadata fields the converter inferred from the text because plans.yaml had no entry. */
	inferred: z.array(z.string()),
	counts: z.object({
		headings: z.number().int(),
		paragraphs: z.number().int(),
		tables: z.number().int(),
		indicators: z.number().int(),
		projects: z.number().int(),
		facilities: z.number().int(),
	}),
	outline: z.array(headingSchema),
	tables: z.array(tableSummarySchema),
	indicators: z.array(indicatorSchema),
	projects: z.array(projectSchema),
	facilities: z.array(facilitySchema),
	/** Places where the parser was unsure, with the line, so a reader can check. */
	notes: z.array(parserNoteSchema),
	/** Which text of the plan this is (null only in files made before versions existed). */
	version: versionRefSchema.nullable().default(null),
	/** Every text of the plan, oldest first; the last is the latest (shown at /plans/<slug>/). */
	versions: z.array(versionRefSchema).default([]),
	/** On the latest text: what earlier texts had that this one does not (their addresses keep a page). */
	retired: retiredSchema.default({ paragraphs: [], targets: [], projects: [] }),
	/** On the latest text: what changed between every two kept versions (earlier → later), when the plan has more than one. */
	changes: z.array(versionChangeSchema).default([]),
	/** Addresses published before ids were lasting (line-based target and project ids) and the id each now is. */
	aliases: z.array(z.object({ kind: z.enum(['target', 'project']), from: z.string(), to: z.string() })).default([]),
});
export type Plan = z.infer<typeof planSchema>;
export type PlanRegion = z.infer<typeof regionSchema>;
