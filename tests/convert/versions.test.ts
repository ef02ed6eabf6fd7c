// Citations that survive a revision (issue 20): a later text of a plan keeps every anchor and target
// address of the earlier one, says what became of what it dropped, and lists exactly what changed.
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alignUnits } from '../../src/convert/align.ts';
import { run } from '../../src/convert/cli.ts';
import { parseLedger } from '../../src/convert/ledger.ts';
import { convertPlan } from '../../src/convert/plan.ts';
import { anchorsOf, DRAFT, ISSUED, readMdx, REVISION, seedsWithVersion } from '../helpers/versions.ts';

const ROOT = join(import.meta.dirname, '../..');
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Converts a seeds folder made by seedsWithVersion into its content folder; returns the folder. */
function convert(dir: string): string {
	made.push(dir);
	run({ seeds: join(dir, 'seeds'), out: join(dir, 'content'), check: false, cache: false });
	return dir;
}

const draft = readMdx(join(ROOT, 'content/plans/huaiyin-jinan.mdx'));
const draftAnchors = anchorsOf(draft.body);

describe('the issue’s try: the 槐荫区 draft without its （草稿） line, as its issued text', () => {
	for (const mode of ['add', 'inplace'] as const) {
		describe(mode === 'add' ? 'added as a second version beside the draft' : 'written over the draft’s file in place', () => {
			const dir = convert(seedsWithVersion(ISSUED, mode));
			const latest = readMdx(join(dir, 'content/huaiyin-jinan.mdx'));
			const anchors = anchorsOf(latest.body);

			it('keeps every anchor of the draft showing the same text; the removed line’s anchor says where it went', () => {
				expect(draftAnchors.size).toBeGreaterThan(150);
				const changed = [...draftAnchors].filter(([id, text]) => anchors.get(id) !== text).map(([id]) => id);
				expect(changed).toEqual(['p-3']);
				expect(anchors.get('p-3')).toMatch(/^〔此处原有一段，印发稿（2021-09-30）中已删去；原文见草稿（2020-11-17）：“（草稿）”〕$/);
				// It stands where the line stood: right after the title.
				expect(latest.body.indexOf('id="p-3"')).toBeGreaterThan(latest.body.indexOf('id="p-1"'));
				expect(latest.body.indexOf('id="p-3"')).toBeLessThan(latest.body.indexOf('id="p-5"'));
			});

			it('keeps every target id, each naming the same target; the line-based ids stay aliases of them', () => {
				const before = new Map(draft.plan.indicators.map((i) => [i.id, `${i.name} ${i.target.text}`]));
				const after = new Map(latest.plan.indicators.map((i) => [i.id, `${i.name} ${i.target.text}`]));
				expect(after).toEqual(before);
				expect(latest.plan.aliases).toEqual(draft.plan.aliases);
				// c52 (医院平均住院日) and l59 (传染病网络直报率) name what they named.
				const to = (from: string) => latest.plan.indicators.find((i) => i.id === latest.plan.aliases.find((a) => a.from === from)?.to)?.name;
				expect(to('c52')).toMatch(/平均住院日/);
				expect(to('l59')).toBe('传染病网络直报率');
			});

			it('knows both versions, in order, the latest being the issued text', () => {
				expect(latest.plan.versions.map((v) => [v.key, v.kept])).toEqual([
					['2020-11-17-draft', mode === 'add'],
					['2021-09-30-issued', true],
				]);
				expect(latest.plan.version?.key).toBe('2021-09-30-issued');
				expect(latest.plan.retired.paragraphs).toEqual([{ id: 'p-3', text: '（草稿）', last: '2020-11-17-draft', after: 'p-1' }]);
			});

			if (mode === 'add') {
				it('lists exactly the removed status line as what changed, and keeps the draft as a version page', () => {
					expect(latest.plan.changes).toHaveLength(1);
					const [change] = latest.plan.changes;
					expect(change?.paragraphs).toEqual([{ id: 'p-3', change: 'removed', old: { line: 3, text: '（草稿）' }, new: null }]);
					expect(change?.targets).toEqual([]);
					expect(change?.projects).toEqual([]);
					const old = readMdx(join(dir, 'content/versions/huaiyin-jinan--2020-11-17-draft.mdx'));
					expect(anchorsOf(old.body)).toEqual(draftAnchors);
					expect(old.plan.version?.key).toBe('2020-11-17-draft');
					expect(old.plan.retired.paragraphs).toEqual([]);
				});
			} else {
				it('keeps no text it no longer has, but the ledger still knows the draft and its ids', () => {
					expect(existsSync(join(dir, 'content/versions'))).toBe(false);
					expect(latest.plan.changes).toEqual([]);
					const ledger = parseLedger(readFileSync(join(dir, 'seeds/ids/huaiyin-jinan.json'), 'utf8'), 'ledger');
					expect(ledger.versions.map((v) => v.key)).toEqual(['2020-11-17-draft', '2021-09-30-issued']);
				});
			}
		});
	}
});

describe('the revision fixture (tests/fixtures/revision): six edits, listed exactly', () => {
	const dir = convert(seedsWithVersion(REVISION, 'add'));
	const latest = readMdx(join(dir, 'content/huaiyin-jinan.mdx'));
	const anchors = anchorsOf(latest.body);
	const change = latest.plan.changes[0];

	it('lists one target changed (孕产妇死亡率 10 → 9/10万), nothing else among the targets', () => {
		expect(change?.targets.map((c) => [c.change, c.old?.text, c.new?.text])).toEqual([['changed', '10/10万以内', '9/10万以内']]);
		expect(change?.targets[0]?.id).toBe('maternal-mortality');
	});

	it('lists one project added (基层卫生人才培养工程)', () => {
		expect(change?.projects.map((c) => [c.change, c.new?.name])).toEqual([['added', expect.stringContaining('基层卫生人才培养工程')]]);
	});

	it('lists the paragraphs: one added, one deleted, three edited (the target’s sentence, the renumbered heading, a few characters)', () => {
		const list = change?.paragraphs.map((c) => [c.id, c.change]);
		expect(list).toEqual([
			['p-65', 'edited'],
			['p-71', 'edited'],
			['p-81', 'edited'],
			[expect.stringMatching(/^p-\d+$/), 'added'],
			['p-98', 'removed'],
		]);
		expect(change?.counts).toEqual({ targets: { added: 0, removed: 0, changed: 1 }, projects: { added: 1, removed: 0, changed: 0 }, paragraphs: { added: 1, removed: 1, edited: 3 } });
	});

	it('the edited paragraph keeps its id; the new one gets a number never used; the deleted one’s anchor says what it was', () => {
		expect(anchors.get('p-81')).toContain('进一步优化医联体模式');
		expect(latest.body).toMatch(/<h\d id="[^"]+" data-line="71"><span id="p-71"><\/span>4、人口监测和家庭发展指标/);
		const added = change?.paragraphs.find((c) => c.change === 'added')?.id as string;
		expect(Number(added.slice(2))).toBeGreaterThan(DRAFT.split('\n').length);
		expect(anchors.get(added)).toContain('基层卫生人才培养工程');
		expect(anchors.get('p-98')).toMatch(/^〔此处原有一段.*三是多措并举/);
	});

	it('reuses no id: every draft anchor still resolves, and no new id was ever the draft’s', () => {
		for (const id of draftAnchors.keys()) expect(anchors.has(id), id).toBe(true);
		const ledger = parseLedger(readFileSync(join(dir, 'seeds/ids/huaiyin-jinan.json'), 'utf8'), 'ledger');
		const ids = [...ledger.targets, ...ledger.projects].flatMap((i) => [i.id, ...(i.legacy ? [i.legacy] : [])]);
		expect(new Set(ids).size).toBe(ids.length);
		const draftTargets = new Set(draft.plan.indicators.map((i) => i.id));
		for (const i of latest.plan.indicators) if (!draftTargets.has(i.id)) expect(draft.plan.aliases.map((a) => a.from)).not.toContain(i.id);
	});

	it('does not depend on the order texts are converted in: adding the revision later gives the same files', { timeout: 60_000 }, () => {
		const once = readFileSync(join(dir, 'seeds/ids/huaiyin-jinan.json'), 'utf8');
		// Both texts converted in one run from no ledger at all (the draft first by its date) give the
		// ledger that the draft alone first, then the revision added, gave.
		const fresh = seedsWithVersion(REVISION, 'add');
		rmSync(join(fresh, 'seeds/ids'), { recursive: true });
		// The plans' pages as published before ids were lasting: their line-based ids become aliases again.
		cpSync(join(ROOT, 'content/plans'), join(fresh, 'content'), { recursive: true });
		convert(fresh);
		expect(readFileSync(join(fresh, 'seeds/ids/huaiyin-jinan.json'), 'utf8')).toBe(once);
		expect(readFileSync(join(fresh, 'content/huaiyin-jinan.mdx'), 'utf8')).toBe(readFileSync(join(dir, 'content/huaiyin-jinan.mdx'), 'utf8'));
		// Converting again changes nothing.
		const again = run({ seeds: join(dir, 'seeds'), out: join(dir, 'content'), check: true });
		expect([...again.stale, ...again.ledgers]).toEqual([]);
	});
});

describe('aliases of line-based ids', () => {
	it('are kept only for a plan published before ids were lasting; a plan converted now for the first time has none', () => {
		expect(convertPlan('x.txt', DRAFT, undefined).plan.aliases).toEqual([]);
		const migrated = convertPlan('x.txt', DRAFT, undefined, null, { publishedBefore: true }).plan;
		expect(migrated.aliases.find((a) => a.from === 'l59')?.to).toBe('chuan-ran-bing-wang-luo-zhi-bao-lv');
		expect(new Set(migrated.aliases.map((a) => a.to)).size).toBe(migrated.aliases.length);
	});
});

describe('alignment of units (align.ts)', () => {
	const old = ['一、总则', '第一段文字，讲发展基础。', '第二段文字，讲指导思想。', '第三段文字，讲主要目标。'].map((text, k) => ({ serial: k + 1, text }));
	it('keeps the serial of a moved paragraph and of a lightly edited one; a new one has none', () => {
		const next = ['一、总则', '第三段文字，讲主要目标。', '第一段文字，讲发展的基础。', '全新的一段话，与前文无关系。', '第二段文字，讲指导思想。'].map((text, k) => ({ line: k + 1, text }));
		const { serialOf, fate } = alignUnits(old, next);
		expect(next.map((u) => serialOf.get(u.line))).toEqual([1, 4, 2, null, 3]);
		expect(next.filter((u) => fate.get(u.line) === 'new').map((u) => u.line)).toEqual([4]);
		expect(fate.get(4)).toBe('new');
	});
	it('calls an in-place change of a few characters an edit', () => {
		const next = ['一、总则', '第一段文字，讲发展的现实基础。', '第二段文字，讲指导思想。', '第三段文字，讲主要目标。'].map((text, k) => ({ line: k + 1, text }));
		const { serialOf, fate } = alignUnits(old, next);
		expect(serialOf.get(2)).toBe(2);
		expect(fate.get(2)).toBe('edited');
	});
	it('never pairs short texts that differ (一、 → 二、 of a two-character line is a new unit)', () => {
		const { serialOf } = alignUnits([{ serial: 1, text: '1' }], [{ line: 1, text: '2' }]);
		expect(serialOf.get(1)).toBeNull();
	});
});
