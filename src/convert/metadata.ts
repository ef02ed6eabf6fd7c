import { pinyin } from 'pinyin-pro';
import { parse } from 'yaml';
import { z } from 'zod';
import { originSchema, periodSchema, planStatusSchema, regionSchema, UNKNOWN_REGION, type PlanRegion, type TitleSource } from '../schema/plan.ts';
import { ConvertError } from './errors.ts';
import { fold } from '../shared/fold.ts';
import type { FrontMatter } from './front.ts';
import { parsePeriod } from './front.ts';
import { namedPeriod } from './periods.ts';
import type { SourceLine } from './lines.ts';
import { countyMentions, innermostPlace, levelOf, shortName, unitAsPrinted, type Place, type PlacePick, type PrintedUnit } from './places.ts';

/** One curated entry of seeds/plans.yaml. */
export const planMetaSchema = z.object({
	slug: z.string().regex(/^[a-z0-9-]+$/),
	file: z.string().min(1),
	title: z.string().min(1).optional(),
	/** true: the curated title is not printed in the text (the page says a person supplied it). */
	title_supplied: z.boolean().optional(),
	title_en: z.string().min(1).optional(),
	region: regionSchema.partial({ city: true, province: true, level: true, code: true, name_en: true, city_en: true, province_en: true }).optional(),
	status: planStatusSchema.optional(),
	period: periodSchema.optional(),
	date: z.string().nullable().optional(),
	source_note: z.string().nullable().optional(),
	/** Written by `npm run import`: the original Word file or web page this seed was made from. */
	origin: originSchema.optional(),
});
export type PlanMeta = z.infer<typeof planMetaSchema>;

/** Reads and checks plans.yaml (entries sharing a slug are versions of one plan); errors name the entry and field. */
export function parsePlansYaml(text: string, file = 'seeds/plans.yaml'): PlanMeta[] {
	let data: unknown;
	try {
		data = parse(text);
	} catch (cause) {
		const line = (cause as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? null;
		throw new ConvertError(file, line, 'invalid YAML', { cause });
	}
	const result = z.array(planMetaSchema).safeParse(data ?? []);
	if (!result.success) {
		const issue = result.error.issues[0];
		throw new ConvertError(file, null, `entry ${issue?.path.join('.')}: ${issue?.message}`, { cause: result.error });
	}
	// Entries that share a slug are versions of one plan (草稿, 征求意见稿, 印发稿…); a file is one version.
	const files = new Set<string>();
	for (const entry of result.data) {
		if (files.has(entry.file)) throw new ConvertError(file, null, `entry "${entry.slug}": file ${entry.file} is listed twice`);
		files.add(entry.file);
	}
	return result.data;
}

export interface ResolvedMeta {
	slug: string;
	/** Slugs to choose from when plans collide, most wanted first (see assignSlugs); one entry when curated. */
	slugs: string[];
	/** True when plans.yaml fixed the slug. */
	slugCurated: boolean;
	title: string;
	title_source: TitleSource;
	title_en: string | null;
	region: PlanRegion;
	status: z.infer<typeof planStatusSchema>;
	period: z.infer<typeof periodSchema>;
	date: string | null;
	note: string | null;
	inferred: string[];
	/** What the reader should know about how a value was read (a shared name decided, a default used). */
	notes: { line: number; message: string }[];
}

/** Slug for a seed nobody has curated and whose text names no place: its file name, lower-case, dashes only. */
export function slugFromFile(file: string): string {
	return file.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'plan';
}

/** A place name in toneless pinyin for a URL (鼓楼区 → gulou, 鄂托克旗 → etuoke, 绿春县 → lvchun), via pinyin-pro. */
export function pinyinSlug(name: string): string {
	return pinyin(shortName(name), { toneType: 'none', type: 'array', v: true })
		.join('')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');
}

/** Slugs for a region, most wanted first: the unit (gulou), then with its city (gulou-fuzhou), then its province. */
export function regionSlugs(region: PlanRegion): string[] {
	if (region.name === UNKNOWN_REGION) return [];
	const own = pinyinSlug(region.name);
	if (!own) return [];
	const out = [own];
	if (region.city) out.push(`${own}-${pinyinSlug(region.city)}`);
	if (region.province && region.province !== region.name) out.push(`${out.at(-1)}-${pinyinSlug(region.province)}`);
	return out;
}

/** An uncurated plan's slugs, most wanted first: from its region (regionSlugs), or its file name when the region is unknown. */
export function slugCandidates(region: PlanRegion, file: string): string[] {
	const slugs = regionSlugs(region);
	return slugs.length > 0 ? slugs : [slugFromFile(file)];
}

/** The schema's region of a gazetteer place: county-level units with their city, cities with level `city`. */
export function regionOf(place: Place): PlanRegion {
	const level = place.level;
	return {
		name: place.name,
		city: place.city?.name ?? null,
		province: place.province.name,
		level,
		code: place.code,
		name_en: null,
		city_en: null,
		province_en: null,
	};
}

const unknownRegion = (): PlanRegion => ({ name: UNKNOWN_REGION, city: null, province: null, level: null, code: null, name_en: null, city_en: null, province_en: null });

/**
 * The region of a unit printed otherwise than the list spells it (places.ts unitAsPrinted): the
 * listed unit with a note saying what the text prints, or the printed name kept with code null and
 * a note that the official list does not have it — never unknown, never another unit.
 */
function printedRegion(unit: PrintedUnit, line: number): { region: PlanRegion; line: number; notes: ResolvedMeta['notes'] } {
	const { place, printed } = unit;
	if (place) {
		const short = shortName(place.name);
		const message =
			unit.form.name === 'bare-stem'
				? `标题中的“${printed}”未带县区后缀；名录中只有一个县级单位以“${short}”为名：${place.name}（${place.city?.name ?? place.province.name}，${place.code}），据此登记。`
				: /^autonomous/.test(place.level)
					? `标题写作“${printed}”，是“${place.name}”（${place.code}）的简称，按名录名称登记。`
					: `原文作“${printed}”；名录中今名为“${place.name}”（${place.city?.name ?? place.province.name}，${place.code}），按今名登记。`;
		return { region: regionOf(place), line, notes: [{ line, message }] };
	}
	const parent = unit.parents.at(-1) ?? null;
	const region: PlanRegion = {
		...unknownRegion(),
		name: printed,
		level: levelOf(printed),
		city: parent && parent.level === 'city' ? parent.name : null,
		province: parent ? parent.province.name : null,
	};
	return { region, line, notes: [{ line, message: `“${printed}”未见于官方行政区划名录（GB/T 2260，not found in the official list of divisions），地区名称按原文保留，行政区划代码未填。` }] };
}

/**
 * The plan's region from the text: the innermost unit named in the title, else in an issuer line
 * (notice issuer, portal 发布机构, closing 落款), else the county-level unit the body names most (at
 * least twice). Never from addressee lines, headlines or other front-matter roles. Returns the
 * unknown region when the text names none.
 */
export function readRegion(lines: SourceLine[], front: FrontMatter, title: string | null): { region: PlanRegion; line: number | null; notes: ResolvedMeta['notes'] } {
	const plain = lines.filter((l) => l.text !== '' && !front.roles.has(l.n));
	const context = plain.map((l) => l.text).join('\n');
	const sources: { text: string; line: number }[] = [];
	if (title && front.title) sources.push({ text: title, line: front.title.lines[0] as number });
	sources.push(...front.issuers);
	const decide = (pick: PlacePick, line: number) => {
		const notes = pick.note ? [{ line, message: pick.note }] : [];
		if (pick.place) return { region: regionOf(pick.place), line, notes };
		const name = pick.name as string;
		return { region: { ...unknownRegion(), name, level: levelOf(name) }, line, notes };
	};
	for (const [k, source] of sources.entries()) {
		const pick = innermostPlace(source.text, context);
		const isTitle = k === 0 && title !== null && front.title !== null;
		const printed = isTitle && (!pick.place || pick.place.level === 'city' || pick.place.level === 'province') && !(pick.name && !pick.place) ? unitAsPrinted(source.text) : null;
		if (printed) return printedRegion(printed, source.line);
		if (pick.name) return decide(pick, source.line);
	}
	const [top, second] = countyMentions(context);
	if (top && top.count >= 2 && (!second || top.count > second.count)) {
		const first = plain.find((l) => fold(l.text).includes(top.name)) as SourceLine;
		const picked = decide(innermostPlace(top.name, context), first.n);
		picked.notes.push({ line: first.n, message: `标题未写地名，地区取自正文中出现最多的县级行政区“${top.name}”（${top.count}次，首见于此行）。` });
		return picked;
	}
	return { region: unknownRegion(), line: null, notes: [] };
}

/** Curated region fields win; what plans.yaml leaves out (code, city, province, level) is looked up by name. */
function completeRegion(curated: NonNullable<PlanMeta['region']>): PlanRegion {
	const region: PlanRegion = { ...unknownRegion(), ...curated } as PlanRegion;
	if (region.code && region.city && region.province && region.level) return region;
	const pick = innermostPlace(`${curated.province ?? ''}${curated.city ?? ''}${curated.name}`);
	if (!pick.place || pick.place.name !== fold(curated.name)) return region;
	const found = regionOf(pick.place);
	return { ...region, code: region.code ?? found.code, city: region.city ?? found.city, province: region.province ?? found.province, level: region.level ?? found.level };
}

const YEAR_CELL = /^((?:19|20)\d\d)年?$/;

/**
 * The period an indicator table's header implies when nothing else in the text says it: two bare
 * year columns side by side five years apart (`2025年 | 2030年`: base 2025, period 2026–2030), in
 * Word's tab cells (one a line) or in a spaced header line.
 */
function tableYears(lines: SourceLine[]): { start: number; end: number } | null {
	const cells: { year: number; at: number }[] = [];
	lines.forEach((l, k) => {
		const pieces = l.tab ? [l.text] : l.text.split(/[ \u3000]+/).filter(Boolean);
		if (!l.tab && pieces.length < 3) return;
		pieces.forEach((piece, j) => {
			const m = YEAR_CELL.exec(fold(piece).replace(/\s/g, ''));
			if (m) cells.push({ year: Number(m[1]), at: k * 100 + j });
		});
	});
	for (let k = 1; k < cells.length; k++) {
		const a = cells[k - 1] as { year: number; at: number };
		const b = cells[k] as { year: number; at: number };
		// Adjacent cells: the next line of a Word header, or the next piece of a spaced one.
		if (b.at - a.at === 100 || b.at - a.at === 1) {
			if (b.year - a.year === 5) return { start: a.year + 1, end: b.year };
		}
	}
	return null;
}

/** Period from the text: a `（2021—2025年）` line, else a 规划期 sentence, else the title's years or its “十四五” / “十五五”, else two year columns of its indicator table; 基期 when stated, else the year before the start. */
function readPeriod(lines: SourceLine[], front: FrontMatter, title: string | null): { start: number; end: number; base_year: number } | null {
	const text = lines.map((l) => fold(l.text)).join('\n');
	const sentence = /规划期[为是:]?\s*((?:19|20)\d\d\s*年?\s*[-—–~～至到]{1,2}\s*(?:19|20)\d\d\s*年?)/.exec(text);
	// “十四五” / “十五五” names the period itself (periods.ts).
	const fiveYear = title ? namedPeriod(title) : null;
	const span = front.period ?? (sentence ? parsePeriod(sentence[1] as string) : null) ?? (title ? parsePeriod(fold(title)) : null) ?? fiveYear ?? tableYears(lines);
	if (!span) return null;
	const base = /基期[为是:]?\s*((?:19|20)\d\d)\s*年/.exec(text);
	return { start: span.start, end: span.end, base_year: base ? Number(base[1]) : span.start - 1 };
}

/** Fills what plans.yaml does not say from the text (front matter, places), and records which fields were read from the text. */
export function resolveMeta(file: string, lines: SourceLine[], meta: PlanMeta | undefined, front: FrontMatter): ResolvedMeta {
	const inferred: string[] = [];
	const notes: ResolvedMeta['notes'] = [];
	let title = meta?.title;
	let titleSource: TitleSource;
	if (title) titleSource = meta?.title_supplied ? 'curated' : 'printed';
	else if (front.title) {
		title = front.title.text;
		titleSource = front.title.source;
		inferred.push('title');
	} else {
		title = file;
		titleSource = 'file-name';
	}
	let status = meta?.status;
	if (status === undefined) {
		status = front.status?.status ?? null;
		if (front.status) inferred.push('status');
	}
	let period = meta?.period;
	if (!period) {
		const read = readPeriod(lines, front, front.title?.text ?? null);
		if (read) inferred.push('period');
		else notes.push({ line: 1, message: '正文未写明规划期，按2021–2025年（基期2020年）处理。' });
		period = read ?? { start: 2021, end: 2025, base_year: 2020 };
	}
	let date = meta?.date;
	if (date === undefined) {
		date = front.date?.iso ?? null;
		if (front.date) inferred.push('date');
	}
	let region: PlanRegion;
	if (meta?.region) region = completeRegion(meta.region);
	else {
		const read = readRegion(lines, front, titleSource === 'file-name' ? null : title);
		region = read.region;
		notes.push(...read.notes);
		if (region.name !== UNKNOWN_REGION) inferred.push('region');
	}
	const slugs = meta?.slug ? [meta.slug] : slugCandidates(region, file);
	return {
		slug: slugs[0] as string,
		slugs,
		slugCurated: Boolean(meta?.slug),
		title,
		title_source: titleSource,
		title_en: meta?.title_en ?? null,
		region,
		status,
		period,
		date,
		note: meta?.source_note ?? (meta ? null : '此规划尚未在 seeds/plans.yaml 中登记，元数据由转换器从正文推断。'),
		inferred,
		notes,
	};
}

/**
 * Slugs unique across the corpus. Curated slugs are kept as they are (a duplicate is an error in
 * plans.yaml). Plans whose wanted slugs collide take their next candidate together (two 鼓楼区
 * become gulou-fuzhou and gulou-nanjing); plans of the very same region, or out of candidates,
 * are numbered in the given order (qinghe, qinghe-2). Returns one slug per input, in order.
 */
export function assignSlugs(plans: { slugs: string[]; curated: boolean; code: string | null }[]): string[] {
	const taken = new Set(plans.filter((p) => p.curated).map((p) => p.slugs[0] as string));
	const level = plans.map(() => 0);
	const out: (string | null)[] = plans.map((p) => (p.curated ? (p.slugs[0] as string) : null));
	for (let round = 0; round < 4; round++) {
		const groups = new Map<string, number[]>();
		plans.forEach((p, k) => {
			if (out[k] !== null && p.curated) return;
			const want = p.slugs[Math.min(level[k] as number, p.slugs.length - 1)] as string;
			groups.set(want, [...(groups.get(want) ?? []), k]);
		});
		let moved = false;
		for (const [want, members] of groups) {
			const sameRegion = members.every((k) => plans[k]?.code !== null && plans[k]?.code === plans[members[0] as number]?.code);
			const canMove = members.some((k) => (level[k] as number) < (plans[k] as { slugs: string[] }).slugs.length - 1);
			if ((members.length > 1 && !sameRegion && canMove) || (taken.has(want) && canMove)) {
				for (const k of members) level[k] = (level[k] as number) + 1;
				moved = true;
			} else {
				members.forEach((k) => (out[k] = want));
			}
		}
		if (!moved) break;
	}
	const used = new Set(taken);
	return plans.map((p, k) => {
		if (p.curated) return p.slugs[0] as string;
		const want = out[k] ?? (p.slugs.at(-1) as string);
		let slug = want;
		for (let n = 2; used.has(slug); n++) slug = `${want}-${n}`;
		used.add(slug);
		return slug;
	});
}
