import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { foldTable, openccSimplifier } from '../lib/search/simplify.ts';
import { foldChars } from '../lib/search/fold.ts';
import { FOLD_TABLE, pagefindRecord } from '../lib/search/pagefind.ts';
import { pageRecords, sortRecords, type SearchRecord } from '../lib/search/records.ts';
import { indexWords } from '../lib/search/tokens.ts';
import { anchors } from '../lib/urls.ts';
import type { IndicatorRecord, PlanRecord, ProjectRecord } from '../schema/data.ts';

/** A plan as the search names it. */
export interface SearchPlan {
	slug: string;
	title: string;
	province: string;
}

/** All records of the built site, in result order: plan-text paragraphs, targets and projects (from the Chinese pages and the data files). */
export function collectRecords(site: string): { plans: SearchPlan[]; records: SearchRecord[] } {
	const read = <T>(file: string): T => JSON.parse(readFileSync(join(site, 'data', file), 'utf8')) as T;
	const plans: SearchPlan[] = read<PlanRecord[]>('plans.json').map((p) => ({ slug: p.slug, title: p.title, province: p.region.province ?? '' }));
	const known = new Set(plans.map((p) => p.slug));
	const records: SearchRecord[] = [];
	for (const slug of readdirSync(join(site, 'plans')).sort()) {
		if (!known.has(slug)) continue;
		records.push(...pageRecords(fromHtml(readFileSync(join(site, 'plans', slug, 'index.html'), 'utf8')), slug));
	}
	for (const i of read<IndicatorRecord[]>('indicators.json')) {
		if (!known.has(i.plan)) continue;
		const shown = `${i.name}：${i.target.text || '—'}`;
		records.push({ plan: i.plan, kind: '指标', line: i.source.line, opens: { indicator: i.id }, content: `${shown} ${i.name_en ?? ''}`, text: shown, section: i.source.quote });
	}
	// A project opens at its paragraph: that paragraph's record is tagged as the project (one
	// result, listed with the projects; Pagefind keeps one record per URL); a project without one
	// gets its own record.
	const paragraphs = new Map(records.flatMap((r) => ('anchor' in r.opens ? [[`${r.plan} ${r.opens.anchor}`, r] as const] : [])));
	for (const p of read<ProjectRecord[]>('projects.json')) {
		if (!known.has(p.plan)) continue;
		const anchor = new URL(p.url).hash.slice(1) || anchors.paragraph(p.source.line);
		const paragraph = paragraphs.get(`${p.plan} ${anchor}`);
		if (paragraph) paragraph.kind = '项目';
		else {
			const record: SearchRecord = { plan: p.plan, kind: '项目', line: p.source.line, opens: { anchor }, content: `${p.name} ${p.description}`, text: p.name, section: p.description };
			paragraphs.set(`${p.plan} ${anchor}`, record);
			records.push(record);
		}
	}
	return { plans, records: sortRecords(records, plans.map((p) => p.slug)) };
}

/** Step runner: a Pagefind call that fails or reports errors becomes an Error naming the step, with the cause attached. */
async function step<T extends { errors: string[] }>(name: string, run: () => Promise<T>): Promise<T> {
	let result: T;
	try {
		result = await run();
	} catch (cause) {
		throw new Error(`Pagefind failed while trying to ${name}.`, { cause });
	}
	if (result.errors.length > 0) throw new Error(`Pagefind failed while trying to ${name}.`, { cause: result.errors });
	return result;
}

/**
 * Writes the Pagefind index of a built site (`site` = the output folder) into `<site>/pagefind/`,
 * with the folding table the search page needs beside it. Returns how many records it indexed.
 */
export async function writePagefindIndex(site: string): Promise<number> {
	let collected: ReturnType<typeof collectRecords>;
	try {
		collected = collectRecords(site);
	} catch (cause) {
		throw new Error('Pagefind failed while trying to read the built plan pages and data files.', { cause });
	}
	const { plans, records } = collected;
	const simplify = openccSimplifier();
	const printed = new Set<string>();
	const folded = new Set<string>();
	const pagefind = await import('pagefind');
	try {
		// One index for both search pages. Each record is indexed as its folded text's overlapping
		// pairs, encoded as words Pagefind keeps whole (src/lib/search/tokens.ts); the printed text
		// travels in its metadata for display.
		const { index } = await step('create an index', () => pagefind.createIndex({ forceLanguage: 'zh-cn' }));
		if (!index) throw new Error('Pagefind failed while trying to create an index: no index returned.');
		const byPlan = new Map(plans.map((p) => [p.slug, p]));
		for (const [order, record] of records.entries()) {
			for (const ch of record.content) printed.add(ch);
			const chars = foldChars(record.content, simplify);
			for (const ch of chars) folded.add(ch);
			await step(`add the record ${record.plan} ${JSON.stringify(record.opens)}`, () => index.addCustomRecord(pagefindRecord(record, byPlan.get(record.plan)!, order, indexWords(chars))));
		}
		// Astro keeps files it did not write; a stale index from an earlier build must not linger.
		rmSync(join(site, 'pagefind'), { recursive: true, force: true });
		await step('write the index files', () => index.writeFiles({ outputPath: join(site, 'pagefind') }));
	} finally {
		await pagefind.close();
	}
	// The browser folds a query with the same table (traditional → simplified pairs).
	writeFileSync(join(site, 'pagefind', FOLD_TABLE), JSON.stringify(foldTable(printed, folded, simplify)));
	return records.length;
}

/** Builds the Pagefind index of the finished site through its Node API, as Starlight does. */
export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'plan-portal:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const records = await writePagefindIndex(fileURLToPath(dir));
				logger.info(`Pagefind indexed ${records} records (paragraphs, targets, projects) in ${Math.round(performance.now() - started)} ms.`);
			},
		},
	};
}
