import { diffArrays, diffChars } from 'diff';

/** A citable unit of the earlier text: its lasting serial and the text it showed. */
export interface OldUnit {
	serial: number;
	text: string;
}
/** A citable unit of the new text: its line in the new seed file and its text. */
export interface NewUnit {
	line: number;
	text: string;
}

/** How a unit of the new text relates to the earlier text. */
export type UnitFate = 'same' | 'moved' | 'edited' | 'new';

export interface Alignment {
	/** For each new unit (by line): the serial of the earlier unit it continues, or null when it is new. */
	serialOf: Map<number, number | null>;
	fate: Map<number, UnitFate>;
}

/** Share of characters two texts have in common, in order (0…1; Dice over diffChars). */
export function similarity(a: string, b: string): number {
	if (a === b) return 1;
	if (a.length === 0 || b.length === 0) return 0;
	let common = 0;
	for (const part of diffChars(a, b)) if (!part.added && !part.removed) common += part.value.length;
	return (2 * common) / (a.length + b.length);
}

/** Two units continue each other when they share at least this share of their characters. */
export const EDIT_THRESHOLD = 0.6;
/** Below this many characters a unit only continues an earlier one with the same text. */
const SHORT = 4;
/** The search for moved and edited units across the whole text stops at this many comparisons. */
const GLOBAL_BUDGET = 40_000;

const key = (text: string) => text.replace(/\s+/g, '');

/**
 * Aligns the units of a new text of a plan with those of the text before it, the way a reader
 * would: units the two texts share in order are the same (diff's LCS over the unit texts, ignoring
 * whitespace); between them, a new unit continues a removed one it shares at least 60% of its
 * characters with (an edit: a renumbered heading, a changed figure); a unit that reappears elsewhere
 * with the same (or ≥60% similar) text has moved. Everything else is new. Deterministic; pure.
 */
export function alignUnits(old: OldUnit[], next: NewUnit[]): Alignment {
	const serialOf = new Map<number, number | null>();
	const fate = new Map<number, UnitFate>();
	const parts = diffArrays(
		old.map((u) => key(u.text)),
		next.map((u) => key(u.text)),
	);
	let i = 0;
	let j = 0;
	const hunks: { removed: OldUnit[]; added: NewUnit[] }[] = [];
	let hunk: { removed: OldUnit[]; added: NewUnit[] } | null = null;
	for (const part of parts) {
		const n = part.count ?? part.value.length;
		if (part.removed) {
			hunk ??= { removed: [], added: [] };
			hunk.removed.push(...old.slice(i, i + n));
			i += n;
		} else if (part.added) {
			hunk ??= { removed: [], added: [] };
			hunk.added.push(...next.slice(j, j + n));
			j += n;
		} else {
			if (hunk) hunks.push(hunk);
			hunk = null;
			for (let k = 0; k < n; k++) {
				const line = (next[j + k] as NewUnit).line;
				serialOf.set(line, (old[i + k] as OldUnit).serial);
				fate.set(line, 'same');
			}
			i += n;
			j += n;
		}
	}
	if (hunk) hunks.push(hunk);
	const used = new Set<number>();
	const pair = (a: NewUnit, r: OldUnit, how: UnitFate) => {
		serialOf.set(a.line, r.serial);
		fate.set(a.line, how);
		used.add(r.serial);
	};
	const best = (a: NewUnit, pool: OldUnit[]): OldUnit | null => {
		const ka = key(a.text);
		let top: OldUnit | null = null;
		let score = EDIT_THRESHOLD;
		for (const r of pool) {
			if (used.has(r.serial)) continue;
			const kr = key(r.text);
			if (Math.min(ka.length, kr.length) < SHORT && ka !== kr) continue;
			const s = similarity(ka, kr);
			if (s > score || (s === score && top === null)) {
				top = r;
				score = s;
			}
			if (s === 1) break;
		}
		return top;
	};
	// Edits: within each hunk, in order.
	for (const h of hunks) {
		for (const a of h.added) {
			const r = best(a, h.removed);
			if (r) pair(a, r, 'edited');
		}
	}
	// Moves: a unit left over in one hunk whose text reappears in another.
	const leftOld = hunks.flatMap((h) => h.removed).filter((r) => !used.has(r.serial));
	const leftNew = hunks.flatMap((h) => h.added).filter((a) => !fate.has(a.line));
	const byText = new Map<string, OldUnit[]>();
	for (const r of leftOld) byText.set(key(r.text), [...(byText.get(key(r.text)) ?? []), r]);
	for (const a of leftNew) {
		const r = byText.get(key(a.text))?.find((c) => !used.has(c.serial));
		if (r) pair(a, r, 'moved');
	}
	const remainingNew = leftNew.filter((a) => !fate.has(a.line));
	const remainingOld = leftOld.filter((r) => !used.has(r.serial));
	if (remainingNew.length * remainingOld.length <= GLOBAL_BUDGET) {
		for (const a of remainingNew) {
			const r = best(a, remainingOld);
			if (r) pair(a, r, 'moved');
		}
	}
	for (const u of next) {
		if (!fate.has(u.line)) {
			serialOf.set(u.line, null);
			fate.set(u.line, 'new');
		}
	}
	return { serialOf, fate };
}
