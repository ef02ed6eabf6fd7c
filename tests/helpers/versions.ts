// Seeds folders with more than one text of a plan, for the version tests (tests/convert/versions.test.ts,
// tests/site/*): the 槐荫区 draft with a later text beside it or written over it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
