import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { run } from '../../src/convert/cli.ts';
import { runImport } from '../../src/import/cli.ts';
import { fixtureDocx } from '../helpers/import-fixtures.ts';
import { versionedPlan } from '../helpers/versions.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * A plan text written to break things: markup, braces, a broken table. Its title names no unit (a
 * county name the division list lacks, such as 某某县, would be kept as printed), so its region is
 * unknown and its slug comes from the file name.
 */
export const HOSTILE_SEED = [
	'恶意测试“十四五”卫生健康规划',
	'',
	'（征求意见稿）',
	'',
	'一、<script>alert("x")</script>总则',
	'',
	'正文含有{process.exit(1)}与<img src=x onerror=alert(1)>以及<!-- 注释 -->和</div>。',
	'2030. 人均预期寿命达到80岁以上。',
	'',
	'二、主要指标',
	'',
	'\t指标',
	'\t2025年',
	'',
	'\t<b>婴儿死亡率</b>（‰）',
	'\t{3}',
	'\t<td>',
	'断开的单元格',
	'',
].join('\n');

async function buildSite(outDir: string, contentDir: string | undefined, cacheDir: string): Promise<void> {
	const { build } = await import('astro');
	if (contentDir) process.env.PLAN_CONTENT_DIR = contentDir;
	else delete process.env.PLAN_CONTENT_DIR;
	await build({ root: ROOT, outDir, cacheDir, logLevel: 'error' });
}

/** Builds the real site once for all site tests (and a second site that includes a hostile plan and an imported one). */
export default async function setup(project: TestProject): Promise<() => void> {
	process.env.ASTRO_TELEMETRY_DISABLED = '1';
	const work = mkdtempSync(join(tmpdir(), 'plan-site-'));
	const dist = join(work, 'dist');
	await buildSite(dist, undefined, join(work, 'cache'));
	const seeds = join(work, 'seeds');
	mkdirSync(seeds);
	writeFileSync(join(seeds, 'zz_hostile.txt'), HOSTILE_SEED);
	// A plan imported from a Word file (npm run import), so its page cites the original.
	writeFileSync(join(work, '示例县卫生健康规划.docx'), await fixtureDocx());
	await runImport({ input: join(work, '示例县卫生健康规划.docx'), seeds, slug: 'zz-imported', dryRun: false });
	// A plan with three texts (草稿 → 征求意见稿 → 印发稿), the last dropping a paragraph of targets.
	versionedPlan(seeds);
	const content = join(work, 'content');
	run({ seeds, out: content, check: false });
	const hostileDist = join(work, 'hostile-dist');
	await buildSite(hostileDist, content, join(work, 'cache-hostile'));
	delete process.env.PLAN_CONTENT_DIR;
	project.provide('dist', dist);
	project.provide('hostileDist', hostileDist);
	return () => rmSync(work, { recursive: true, force: true });
}

declare module 'vitest' {
	export interface ProvidedContext {
		dist: string;
		hostileDist: string;
	}
}
