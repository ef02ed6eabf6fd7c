import { freeId, nameStem } from '../shared/ids.ts';
import { alignUnits, type NewUnit, type UnitFate } from './align.ts';
import { serialFromRuns, toRuns, versionSerials, type Ledger, type LedgerItem, type LedgerVersion, type Seen } from './ledger.ts';

/** One version of a plan as the ledger records it (without its line map). */
export type VersionInfo = Omit<LedgerVersion, 'runs'>;

/** A target or project as the converter read it, under its line-based draft id. */
export interface ItemIn {
	draftId: string;
	line: number;
	kind: string;
	/** Canonical indicator id (glossary), if any: a target's lasting id is its canonical id when free. */
	canonical: string | null;
	seen: Seen;
}

export interface IdentityInput {
	ledger: Ledger;
	version: VersionInfo;
	/** Lines in the seed file (a first text's serials are its line numbers; later ones start above). */
	lineCount: number;
	/** Every citable unit of the text (its anchored lines), in reading order. */
	units: NewUnit[];
	/** Heading lines with the outline-position id the converter gave them (`s-2-3`). */
	headings: { line: number; positional: string }[];
	targets: ItemIn[];
	projects: ItemIn[];
	/**
	 * The plan was published before ids were lasting (its page exists, its ledger does not yet): its
	 * line-based target and project ids are recorded as aliases of the lasting ones. A plan first
	 * converted now never published them, so it gets none.
	 */
	publishedBefore?: boolean;
}

export interface Identity {
	/** Serial of a unit line (a line that is not a unit: the serial of the unit holding it). */
	serialOf: (line: number) => number;
	/** Lasting section id of a heading line. */
	headingId: (line: number) => string;
	/** Draft id → lasting id. */
	targetIds: Map<string, string>;
	projectIds: Map<string, string>;
	/** How each unit line relates to the version before (all `same` for a recorded version). */
	fate: Map<number, UnitFate>;
	/** The ledger with this version recorded. */
	ledger: Ledger;
}

const issuedIds = (ledger: Ledger): Set<string> => new Set([...ledger.targets, ...ledger.projects].flatMap((i) => (i.legacy ? [i.id, i.legacy] : [i.id])));

/**
 * Gives one text of a plan its lasting ids, from the plan's ledger:
 * - a text the ledger recorded before (same file and SHA-256) keeps its line → serial map;
 * - a new text is aligned with the last recorded one (align.ts): a unit that is the same, moved or
 *   lightly edited keeps its serial, a new unit gets the next serial never issued; a first text's
 *   serials are its line numbers;
 * - a heading keeps the section id its line had; a new heading takes its outline position when that
 *   id was never issued, else `s-n<serial>`;
 * - a target or project keeps the id of the ledger item it continues: same unit and name, else same
 *   unit and place on it, else the one item elsewhere with its name and year (moved); a new one is
 *   named by what it is: its canonical id when free, else its name in pinyin (ids.ts nameStem), with
 *   `-2`, `-3` when taken; for a plan published before ids were lasting, its line-based ids become
 *   aliases. No id in the ledger (nor a line-based id it replaced) is ever issued again.
 * Returns the maps and the ledger with this version recorded (the input is not changed).
 */
export function assignIdentity(input: IdentityInput): Identity {
	const ledger: Ledger = structuredClone(input.ledger);
	const { version } = input;
	const recorded = ledger.versions.findIndex((v) => v.sha256 === version.sha256 && v.file === version.file);
	const previous = recorded >= 0 ? null : (ledger.versions[ledger.versions.length - 1] ?? null);
	const issued = (s: number) => String(s) in ledger.units;
	const serials = new Map<number, number>();
	const fate = new Map<number, UnitFate>();
	const taken = new Set<number>();
	if (recorded >= 0) {
		const runs = (ledger.versions[recorded] as LedgerVersion).runs;
		for (const u of input.units) {
			const s = serialFromRuns(runs, u.line);
			if (s !== null && issued(s) && !taken.has(s)) {
				serials.set(u.line, s);
				taken.add(s);
				fate.set(u.line, 'same');
			}
		}
	} else if (previous) {
		const old = versionSerials(ledger, previous).map((serial) => ({ serial, text: ledger.units[String(serial)] as string }));
		const aligned = alignUnits(old, input.units);
		for (const u of input.units) {
			const s = aligned.serialOf.get(u.line);
			if (s !== null && s !== undefined && !taken.has(s)) {
				serials.set(u.line, s);
				taken.add(s);
				fate.set(u.line, aligned.fate.get(u.line) as UnitFate);
			}
		}
	} else {
		for (const u of input.units) {
			serials.set(u.line, u.line);
			fate.set(u.line, 'same');
		}
		ledger.next = Math.max(ledger.next, input.lineCount + 1);
	}
	for (const u of input.units) {
		if (serials.has(u.line)) continue;
		serials.set(u.line, ledger.next++);
		fate.set(u.line, 'new');
	}
	for (const u of input.units) ledger.units[String(serials.get(u.line))] = u.text;
	const entry: LedgerVersion = { ...version, runs: toRuns([...serials], issued) };
	if (recorded >= 0) ledger.versions[recorded] = entry;
	else ledger.versions.push(entry);

	// A line that is not a unit itself (a table's first line when its caption is below it, a line of
	// a damaged table) takes the serial of the unit holding it: the nearest unit before it, else after.
	const unitLines = input.units.map((u) => u.line);
	const serialOf = (line: number): number => {
		const own = serials.get(line);
		if (own !== undefined) return own;
		const before = unitLines.filter((l) => l < line).pop();
		const after = unitLines.find((l) => l > line);
		const holder = before ?? after;
		return holder === undefined ? line : (serials.get(holder) as number);
	};

	const headingIds = new Map<number, string>();
	const sectionIds = new Set(Object.values(ledger.headings));
	for (const h of input.headings) {
		const serial = serialOf(h.line);
		let id = ledger.headings[String(serial)];
		if (!id) {
			id = sectionIds.has(h.positional) ? `s-n${serial}` : h.positional;
			ledger.headings[String(serial)] = id;
			sectionIds.add(id);
		}
		headingIds.set(h.line, id);
	}

	const firstText = ledger.versions.length === 1 && recorded < 0 && input.publishedBefore === true;
	const targetIds = matchItems(ledger, 'targets', input.targets, serialOf, version.key, firstText);
	const projectIds = matchItems(ledger, 'projects', input.projects, serialOf, version.key, firstText);
	return {
		serialOf,
		headingId: (line) => headingIds.get(line) ?? `s-n${serialOf(line)}`,
		targetIds,
		projectIds,
		fate,
		ledger,
	};
}

/** Matches items to the ledger's (see assignIdentity), issuing ids for new ones; updates the ledger in place. */
function matchItems(ledger: Ledger, list: 'targets' | 'projects', items: ItemIn[], serialOf: (line: number) => number, versionKey: string, firstText: boolean): Map<string, string> {
	const pool = ledger[list];
	const ids = new Map<string, string>();
	const matched = new Map<number, LedgerItem>();
	const used = new Set<LedgerItem>();
	const placed = items.map((item, k) => {
		const serial = serialOf(item.line);
		const ordinal = items.slice(0, k).filter((o) => o.kind === item.kind && serialOf(o.line) === serial).length;
		return { item, serial, ordinal };
	});
	const passes: ((p: (typeof placed)[number], c: LedgerItem) => boolean)[] = [
		(p, c) => c.serial === p.serial && c.kind === p.item.kind && c.seen.name === p.item.seen.name && c.ordinal === p.ordinal,
		(p, c) => c.serial === p.serial && c.kind === p.item.kind && c.seen.name === p.item.seen.name,
		(p, c) => c.serial === p.serial && c.kind === p.item.kind && c.ordinal === p.ordinal,
	];
	for (const pass of passes) {
		placed.forEach((p, k) => {
			if (matched.has(k)) return;
			const c = pool.find((cand) => !used.has(cand) && pass(p, cand));
			if (c) {
				matched.set(k, c);
				used.add(c);
			}
		});
	}
	// Moved: the one unmatched item elsewhere with the same kind, name and year.
	placed.forEach((p, k) => {
		if (matched.has(k)) return;
		const same = pool.filter((c) => !used.has(c) && c.kind === p.item.kind && c.seen.name === p.item.seen.name && c.seen.year === p.item.seen.year);
		if (same.length === 1) {
			matched.set(k, same[0] as LedgerItem);
			used.add(same[0] as LedgerItem);
		}
	});
	const taken = issuedIds(ledger);
	placed.forEach((p, k) => {
		let c = matched.get(k);
		if (!c) {
			const stem = p.item.canonical ?? nameStem(p.item.seen.name);
			const id = freeId(stem, (x) => taken.has(x));
			taken.add(id);
			const legacy = firstText && p.item.draftId !== id && !taken.has(p.item.draftId) ? p.item.draftId : null;
			if (legacy) taken.add(legacy);
			c = { id, serial: p.serial, kind: p.item.kind, ordinal: p.ordinal, legacy, first: versionKey, last: versionKey, seen: p.item.seen };
			pool.push(c);
		}
		c.serial = p.serial;
		c.ordinal = p.ordinal;
		c.last = versionKey;
		c.seen = p.item.seen;
		ids.set(p.item.draftId, c.id);
	});
	return ids;
}
