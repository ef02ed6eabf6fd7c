import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import type { IndicatorRecord, PlanRecord, ProjectRecord } from '../schema/data.ts';
import { dataRecord, pageRecords, sortKey, type PlanFacts, type SearchRecord } from '../lib/search/records.ts';
import { indexText } from '../lib/search/tokens.ts';

/** All records of the built site: plan-text paragraphs, targets and projects (Chinese pages only). */
function collectRecords(site: string): SearchRecord[] {
	const plans = JSON.parse(readFileSync(join(site, 'data', 'plans.json'), 'utf8')) as PlanRecord[];
	const facts = new Map<string, PlanFacts>(plans.map((p) => [p.slug, { slug: p.slug, title: p.title, region: p.slug, province: p.region.province ?? '' }]));
	const records: SearchRecord[] = [];
	for (const slug of readdirSync(join(site, 'plans')).sort()) {
		const plan = facts.get(slug);
		if (!plan) continue;
		const html = readFileSync(join(site, 'plans', slug, 'index.html'), 'utf8');
		records.push(...pageRecords(fromHtml(html), plan, `/plans/${slug}/`));
	}
	const indicators = JSON.parse(readFileSync(join(site, 'data', 'indicators.json'), 'utf8')) as IndicatorRecord[];
	for (const i of indicators) {
		const plan = facts.get(i.plan);
		if (plan) records.push(dataRecord(plan, '指标', `/plans/${i.plan}/indicators/${i.id}/`, i.name, `${i.name}：${i.target.text || '—'}`, `${i.name_en ?? ''} ${i.target.text}`, i.source.line, i.source.quote));
	}
	// Pagefind keeps one record per URL, and a project's URL is its paragraph's: the paragraph
	// record itself is tagged as a project (and a project without one gets its own record).
	const byUrl = new Map(records.map((r) => [r.url, r]));
	const projects = JSON.parse(readFileSync(join(site, 'data', 'projects.json'), 'utf8')) as ProjectRecord[];
	for (const p of projects) {
		const plan = facts.get(p.plan);
		if (!plan) continue;
		const url = new URL(p.url).pathname + new URL(p.url).hash;
		const paragraph = byUrl.get(url);
		if (paragraph) {
			if (!paragraph.filters.kind.includes('项目')) paragraph.filters.kind.push('项目');
			// Shown as what it was found as: a project, in its paragraph.
			paragraph.meta.kind = '项目';
			continue;
		}
		const record = dataRecord(plan, '项目', url, p.name, p.name, '', p.source.line, p.description);
		byUrl.set(url, record);
		records.push(record);
	}
	if (byUrl.size !== records.length) throw new Error('two search records share a URL; Pagefind would keep only one of them');
	const planIndex = new Map(plans.map((p, k) => [p.slug, k]));
	for (const record of records) record.sort = { order: sortKey(record, planIndex.get(/^\/plans\/([^/]+)\//.exec(record.url)?.[1] ?? '') ?? 0) };
	return records;
}

/** Builds the Pagefind index of the finished site through its Node API, as Starlight does. */
export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'plan-portal:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const pagefind = await import('pagefind');
				const site = fileURLToPath(dir);
				const step = async <T extends { errors: string[] }>(name: string, run: () => Promise<T>): Promise<T> => {
					let result: T;
					try {
						result = await run();
					} catch (cause) {
						throw new Error(`Pagefind failed while trying to ${name}.`, { cause });
					}
					if (result.errors.length > 0) throw new Error(`Pagefind failed while trying to ${name}.`, { cause: result.errors });
					return result;
				};
				let records: SearchRecord[];
				try {
					records = collectRecords(site);
				} catch (cause) {
					throw new Error('Pagefind failed while trying to read the built plan pages and data files.', { cause });
				}
				// One index for every record, Chinese indexed one character per word so that any run of
				// characters is found as an exact phrase (src/lib/search/tokens.ts); both search pages
				// ask it the same way. The record's own text stays in its metadata for display.
				const { index } = await step('create an index', () => pagefind.createIndex({ forceLanguage: 'zh-cn' }));
				if (!index) throw new Error('Pagefind failed while trying to create an index: no index returned.');
				for (const record of records) {
					await step(`add the record ${record.url}`, () => index.addCustomRecord({ ...record, content: indexText(record.content), language: 'zh-cn' }));
				}
				// Astro keeps files it did not write; a stale index from an earlier build must not linger.
				rmSync(join(site, 'pagefind'), { recursive: true, force: true });
				await step('write the index files', () => index.writeFiles({ outputPath: join(site, 'pagefind') }));
				await pagefind.close();
				logger.info(`Pagefind indexed ${records.length} records (paragraphs, targets, projects) in ${Math.round(performance.now() - started)} ms.`);
			},
		},
	};
}
