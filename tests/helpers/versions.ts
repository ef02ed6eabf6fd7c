// Seeds folders with more than one text of a plan, for the version tests (tests/convert/versions.test.ts,
// tests/site/*): the 槐荫区 draft with a later text beside it or written over it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { planSchema, type Plan } from '../../src/schema/plan.ts';

const ROOT = join(import.meta.dirname, '../..');
export const DRAFT_FILE = '000_e880005778ab6549.txt';
export const DRAFT = readFileSync(join(ROOT, 'seeds', DRAFT_FILE), 'utf8');
/** The revision made by hand from the draft (tests/fixtures/revision/README.md lists its six edits). */
export const REVISION = readFileSync(join(ROOT, 'tests/fixtures/revision/000_revision.txt'), 'utf8');

/** The issue's try: the draft without its `（草稿）` line and the blank line after it (lines 3–4). */
export const ISSUED = (() => {
	const lines = DRAFT.split('\n');
	lines.splice(2, 2);
	return lines.join('\n');
})();

const ENTRY = (file: string, status: string, date: string) =>
	`- slug: huaiyin-jinan\n  file: ${file}\n  title: 槐荫区卫生健康事业“十四五”发展规划\n  region: { name: 槐荫区, city: 济南市, province: 山东省, level: district, code: "370104", name_en: Huaiyin District, city_en: Jinan, province_en: Shandong }\n  status: ${status}\n  period: { start: 2021, end: 2025, base_year: 2020 }\n  date: "${date}"\n`;

/**
 * A copy of the project's seeds (with their id ledgers) in a fresh folder, with `text` added as a
 * second version of the 槐荫区 plan (`mode: 'add'`, file 005_later.txt) or written over the draft's
 * file (`mode: 'inplace'`), its plans.yaml entry saying `status` and `date`. Returns the folder.
 */
export function seedsWithVersion(text: string, mode: 'add' | 'inplace', status = '印发稿', date = '2021-09-30', base?: string): string {
	const dir = base ?? mkdtempSync(join(tmpdir(), 'plan-versions-'));
	const seeds = join(dir, 'seeds');
	mkdirSync(seeds, { recursive: true });
	cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
	let yaml = readFileSync(join(seeds, 'plans.yaml'), 'utf8');
	if (mode === 'add') {
		writeFileSync(join(seeds, '005_later.txt'), text);
		yaml += ENTRY('005_later.txt', status, date);
	} else {
		writeFileSync(join(seeds, DRAFT_FILE), text);
		yaml = yaml.replace(/(- slug: huaiyin-jinan\n(?: {2}.*\n)*?) {2}status: 草稿\n((?: {2}.*\n)*?) {2}date: "2020-11-17"\n/, `$1  status: ${status}\n$2  date: "${date}"\n`);
	}
	writeFileSync(join(seeds, 'plans.yaml'), yaml);
	return dir;
}

/** The plan and body of a converted MDX file. */
export function readMdx(path: string): { plan: Plan; body: string } {
	const text = readFileSync(path, 'utf8');
	const end = text.indexOf('\n---\n', 4);
	return { plan: planSchema.parse(parse(text.slice(4, end))), body: text.slice(end + 5) };
}

/** Every anchor (`id="…"`) of a body with the text of the element it opens (tags stripped; the ¶ link left out). */
export function anchorsOf(body: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const m of body.matchAll(/<(\w+) (?:class="[^"]*" )?id="([pstb]-[\w-]+)"[^>]*>(.*?)<\/\1>/gs)) {
		out.set(m[2] as string, (m[3] as string).replace(/<a class="pl"[^>]*><\/a>/g, '').replace(/<[^>]+>/g, '').trim());
	}
	for (const m of body.matchAll(/<span id="(p-\d+)"(?: data-line="\d+")?><\/span>/g)) if (!out.has(m[1] as string)) out.set(m[1] as string, '');
	return out;
}

/** The revision without line 59 (传染病网络直报率… : six targets), as a third text that drops targets. */
export const ISSUED_REVISION = (() => {
	const lines = REVISION.split('\n');
	if (!lines[58]?.startsWith('传染病网络直报率')) throw new Error('revision fixture: line 59 is not the 传染病网络直报率 paragraph');
	lines.splice(58, 2);
	return lines.join('\n');
})();

/**
 * Writes into `seeds` (a folder with or without a plans.yaml) the 槐荫区 plan as three texts — the
 * draft (草稿, 2020-11-17), the revision (征求意见稿, 2021-03-01) and the revision without line 59
 * (印发稿, 2021-09-30) — under the slug `huaiyin-jinan`, for builds that test version pages.
 */
export function versionedPlan(seeds: string): void {
	const yamlPath = join(seeds, 'plans.yaml');
	let yaml = existsSync(yamlPath) ? readFileSync(yamlPath, 'utf8') : '';
	const texts: [string, string, string, string][] = [
		['v1_draft.txt', DRAFT, '草稿', '2020-11-17'],
		['v2_consultation.txt', REVISION, '征求意见稿', '2021-03-01'],
		['v3_issued.txt', ISSUED_REVISION, '印发稿', '2021-09-30'],
	];
	for (const [file, text, status, date] of texts) {
		writeFileSync(join(seeds, file), text);
		yaml += ENTRY(file, status, date);
	}
	writeFileSync(yamlPath, yaml);
}
