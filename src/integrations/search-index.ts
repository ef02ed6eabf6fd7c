import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { buildIndex, openccSimplifier, type IndexPlan } from '../lib/search/build.ts';
import { INDEX_DIR } from '../lib/search/format.ts';
import { pageRecords, sortRecords, type SearchRecord } from '../lib/search/records.ts';
import { anchors } from '../lib/urls.ts';

interface PlanJson {
	slug: string;
	title: string;
	region: { name: string; province: string | null };
}
interface IndicatorJson {
	plan: string;
	id: string;
	name: string;
	name_en: string | null;
	target: { text: string };
	source: { line: number; quote: string };
}
interface ProjectJson {
	plan: string;
	name: string;
	description: string;
	url: string;
	source: { line: number };
}

/** All records of the built site, in result order: plan-text paragraphs, targets and projects (from the Chinese pages and the data files). */
export function collectRecords(site: string): { plans: IndexPlan[]; records: SearchRecord[] } {
	const read = <T>(file: string): T => JSON.parse(readFileSync(join(site, 'data', file), 'utf8')) as T;
	const plansJson = read<PlanJson[]>('plans.json');
	const plans: IndexPlan[] = plansJson.map((p) => ({ slug: p.slug, title: p.title, region: p.region.name, province: p.region.province ?? '' }));
	const known = new Set(plans.map((p) => p.slug));
	const records: SearchRecord[] = [];
	for (const slug of readdirSync(join(site, 'plans')).sort()) {
		if (!known.has(slug)) continue;
		records.push(...pageRecords(fromHtml(readFileSync(join(site, 'plans', slug, 'index.html'), 'utf8')), slug));
	}
	for (const i of read<IndicatorJson[]>('indicators.json')) {
		if (!known.has(i.plan)) continue;
		const shown = `${i.name}：${i.target.text || '—'}`;
		records.push({ plan: i.plan, kind: '指标', line: i.source.line, opens: { indicator: i.id }, content: `${shown} ${i.name_en ?? ''}`, text: shown, section: i.source.quote });
	}
	// A project opens at its paragraph: that paragraph's record is tagged as the project (one
	// result, listed with the projects); a project without one gets its own record.
	const paragraphs = new Map(records.flatMap((r) => ('anchor' in r.opens ? [[`${r.plan} ${r.opens.anchor}`, r] as const] : [])));
	for (const p of read<ProjectJson[]>('projects.json')) {
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

/** Writes the search index (src/lib/search/format.ts) of the finished site into `<site>/search-index/`. */
export function writeSearchIndex(site: string): { records: number; files: number; bytes: number } {
	const { plans, records } = collectRecords(site);
	const files = buildIndex(records, plans, openccSimplifier());
	const out = join(site, INDEX_DIR);
	// A stale index from an earlier build must not linger.
	rmSync(out, { recursive: true, force: true });
	let bytes = 0;
	for (const [path, value] of files) {
		const file = join(out, path);
		mkdirSync(dirname(file), { recursive: true });
		const data = gzipSync(JSON.stringify(value), { level: 9 });
		writeFileSync(file, data);
		bytes += data.length;
	}
	return { records: records.length, files: files.size, bytes };
}

/** Builds the search index of the finished site. */
export function searchIndexIntegration(): AstroIntegration {
	return {
		name: 'plan-portal:search-index',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				let written: ReturnType<typeof writeSearchIndex>;
				try {
					written = writeSearchIndex(fileURLToPath(dir));
				} catch (cause) {
					throw new Error('The search index could not be built from the built plan pages and data files.', { cause });
				}
				logger.info(`Search index: ${written.records} records (paragraphs, targets, projects), ${written.files} files, ${(written.bytes / 1024).toFixed(0)} KiB, in ${Math.round(performance.now() - started)} ms.`);
			},
		},
	};
}
