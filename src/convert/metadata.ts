import { parse } from 'yaml';
import { z } from 'zod';
import { originSchema, periodSchema, planStatusSchema, regionSchema } from '../schema/plan.ts';
import { ConvertError } from './errors.ts';
import type { SourceLine } from './lines.ts';

/** One curated entry of seeds/plans.yaml. */
export const planMetaSchema = z.object({
	slug: z.string().regex(/^[a-z0-9-]+$/),
	file: z.string().min(1),
	title: z.string().min(1).optional(),
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

/** Reads and checks plans.yaml; errors name the entry and field. */
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
	const slugs = new Set<string>();
	for (const entry of result.data) {
		if (slugs.has(entry.slug)) throw new ConvertError(file, null, `duplicate slug "${entry.slug}"`);
		slugs.add(entry.slug);
	}
	return result.data;
}

export interface ResolvedMeta {
	slug: string;
	title: string;
	title_supplied: boolean;
	title_en: string | null;
	region: z.infer<typeof regionSchema>;
	status: z.infer<typeof planStatusSchema>;
	period: z.infer<typeof periodSchema>;
	date: string | null;
	note: string | null;
	inferred: string[];
}

/** Slug for a seed nobody has curated yet: its file name, lower-case, dashes only. */
export function slugFromFile(file: string): string {
	return file.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'plan';
}

const STATUS = /^[（(](草稿|征求意见稿|送审稿|印发稿)[）)]$/;
const REGION = /([\u4e00-\u9fa5]{1,6}?(?:自治县|县|区|市|旗))/;

/** Fills what plans.yaml does not say from the text itself, and records which fields were inferred. */
export function resolveMeta(file: string, lines: SourceLine[], meta: PlanMeta | undefined): ResolvedMeta {
	const inferred: string[] = [];
	const firstText = lines.find((l) => l.text !== '')?.text ?? '';
	const looksLikeTitle = firstText.length <= 40 && /规划|方案/.test(firstText);
	let title = meta?.title;
	if (!title) {
		title = looksLikeTitle ? firstText : file;
		inferred.push('title');
	}
	let status = meta?.status;
	if (status === undefined) {
		const line = lines.slice(0, 10).find((l) => STATUS.test(l.text));
		status = line ? (STATUS.exec(line.text)?.[1] as NonNullable<ResolvedMeta['status']>) : null;
		inferred.push('status');
	}
	let period = meta?.period;
	if (!period) {
		const text = lines.map((l) => l.text).join('\n');
		const span = /规划期为?(20\d\d)\s*[-－—至到]\s*(20\d\d)年/.exec(text);
		const base = /基期为?(20\d\d)年/.exec(text);
		period = { start: span ? Number(span[1]) : 2021, end: span ? Number(span[2]) : 2025, base_year: base ? Number(base[1]) : 2020 };
		inferred.push('period');
	}
	const region = { name: '', city: null, province: null, level: null, code: null, name_en: null, city_en: null, province_en: null, ...meta?.region };
	if (!region.name) {
		region.name = REGION.exec(title)?.[1] ?? REGION.exec(firstText)?.[1] ?? '未注明地区';
		inferred.push('region');
	}
	return {
		slug: meta?.slug ?? slugFromFile(file),
		title,
		title_supplied: meta?.title_supplied ?? (inferred.includes('title') ? !looksLikeTitle : false),
		title_en: meta?.title_en ?? null,
		region,
		status,
		period,
		date: meta?.date ?? null,
		note: meta?.source_note ?? (meta ? null : '此规划尚未在 seeds/plans.yaml 中登记，元数据由转换器从正文推断。'),
		inferred,
	};
}
