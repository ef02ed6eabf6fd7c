import type { Indicator, Plan, Project } from '../schema/plan.ts';
import { paragraphAnchor } from '../shared/ids.ts';

/** One text of a plan as the comparison needs it: its version key, its units (by serial) and its items. */
export interface VersionSnapshot {
	key: string;
	units: { serial: number; line: number; text: string }[];
	indicators: Indicator[];
	projects: Project[];
}

type Change = Plan['changes'][number];

const targetFacts = (i: Indicator) => ({ name: i.name, text: i.target.text, year: i.target.year, baseline: i.baseline?.text ?? null, attribute: i.attribute_text, line: i.source.line, anchor: i.anchor, quote: i.source.quote });
const projectFacts = (p: Project) => ({ name: p.name, text: p.description, line: p.source.line, anchor: p.anchor, quote: p.source.quote });

/** The facts of a target that make it a different promise when they differ. */
const targetKey = (i: Indicator) => JSON.stringify([i.name, i.target.text, i.target.year, i.baseline?.text ?? null, i.attribute_text, i.unit]);
const projectKey = (p: Project) => JSON.stringify([p.name, p.description, p.stage]);
const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * What changed from the text `older` of a plan to the text `newer`, by lasting id (so a moved
 * paragraph or a target whose line moved is not a change): targets and projects added, removed and
 * changed (old and new facts with their source lines), and paragraphs added, removed and edited
 * (old and new text; whitespace-only differences are not edits). Pure.
 */
export function compareVersions(older: VersionSnapshot, newer: VersionSnapshot): Change {
	const items = <T extends { id: string }>(a: T[], b: T[], key: (x: T) => string) => {
		const before = new Map(a.map((x) => [x.id, x]));
		const after = new Map(b.map((x) => [x.id, x]));
		const out: { id: string; change: 'added' | 'removed' | 'changed'; old: T | null; new: T | null }[] = [];
		for (const x of b) {
			const was = before.get(x.id);
			if (!was) out.push({ id: x.id, change: 'added', old: null, new: x });
			else if (key(was) !== key(x)) out.push({ id: x.id, change: 'changed', old: was, new: x });
		}
		for (const x of a) if (!after.has(x.id)) out.push({ id: x.id, change: 'removed', old: x, new: null });
		return out;
	};
	const targets = items(older.indicators, newer.indicators, targetKey).map((c) => ({ id: c.id, change: c.change, old: c.old && targetFacts(c.old), new: c.new && targetFacts(c.new) }));
	const projects = items(older.projects, newer.projects, projectKey).map((c) => ({ id: c.id, change: c.change, old: c.old && projectFacts(c.old), new: c.new && projectFacts(c.new) }));
	const before = new Map(older.units.map((u) => [u.serial, u]));
	const after = new Map(newer.units.map((u) => [u.serial, u]));
	const paragraphs: Change['paragraphs'] = [];
	for (const u of newer.units) {
		const was = before.get(u.serial);
		if (!was) paragraphs.push({ id: paragraphAnchor(u.serial), change: 'added', old: null, new: { line: u.line, text: u.text } });
		else if (squash(was.text) !== squash(u.text)) paragraphs.push({ id: paragraphAnchor(u.serial), change: 'edited', old: { line: was.line, text: was.text }, new: { line: u.line, text: u.text } });
	}
	for (const u of older.units) if (!after.has(u.serial)) paragraphs.push({ id: paragraphAnchor(u.serial), change: 'removed', old: { line: u.line, text: u.text }, new: null });
	const count = (list: { change: string }[], change: string) => list.filter((c) => c.change === change).length;
	return {
		from: older.key,
		to: newer.key,
		counts: {
			targets: { added: count(targets, 'added'), removed: count(targets, 'removed'), changed: count(targets, 'changed') },
			projects: { added: count(projects, 'added'), removed: count(projects, 'removed'), changed: count(projects, 'changed') },
			paragraphs: { added: count(paragraphs, 'added'), removed: count(paragraphs, 'removed'), edited: count(paragraphs, 'edited') },
		},
		targets,
		projects,
		paragraphs,
	};
}
