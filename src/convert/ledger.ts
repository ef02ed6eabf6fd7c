// The id ledger of a plan (seeds/ids/<plan>.json, committed beside the seeds): everything needed to
// give every later text of the plan the ids its earlier texts published, whatever order files are
// converted in and even when a new text is written over the old file. It records, per version, which
// lines carry which paragraph serials; the last text of every serial ever issued (to align the next
// text with, and to say what a retired address showed); the heading ids; and every target and
// project id ever issued with what it was. Written by `npm run convert`, checked by `--check`.
import { z } from 'zod';
import { seenSchema, type Seen } from '../schema/plan.ts';

export type { Seen };

/** `[line, serial, span]`: the unit lines in [line, line + span) carry serials serial + (L − line). */
const runSchema = z.tuple([z.number().int().min(1), z.number().int().min(1), z.number().int().min(1)]);

export const ledgerVersionSchema = z.object({
	/** The version's key (`2020-11-17-draft`, src/shared/ids.ts versionKey). */
	key: z.string(),
	file: z.string(),
	sha256: z.string().regex(/^[0-9a-f]{64}$/),
	status: z.string().nullable(),
	date: z.string().nullable(),
	runs: z.array(runSchema),
});
export type LedgerVersion = z.infer<typeof ledgerVersionSchema>;

export const ledgerItemSchema = z.object({
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** Serial of the paragraph or row it is read from (in the version it was last seen in). */
	serial: z.number().int(),
	/** `table`/`prose` for a target, the project's form for a project. */
	kind: z.string(),
	/** Its place among items of the same kind read from the same unit (0-based). */
	ordinal: z.number().int(),
	/** The id it was published under before ids were lasting (line-based: `l59`, `c52`, `pr-120`), if other. */
	legacy: z.string().nullable(),
	/** Keys of the first and the last version it is in. */
	first: z.string(),
	last: z.string(),
	seen: seenSchema,
});
export type LedgerItem = z.infer<typeof ledgerItemSchema>;

export const ledgerSchema = z.object({
	plan: z.string(),
	/** The next paragraph serial to issue. */
	next: z.number().int().min(1),
	/** Versions in the order they were recorded (each later one aligned with the one before it). */
	versions: z.array(ledgerVersionSchema),
	/** Serial → the text its unit showed when last seen. */
	units: z.record(z.string(), z.string()),
	/** Serial of a heading's line → its section id (`s-2-3`). */
	headings: z.record(z.string(), z.string()),
	targets: z.array(ledgerItemSchema),
	projects: z.array(ledgerItemSchema),
});
export type Ledger = z.infer<typeof ledgerSchema>;

/** A ledger with nothing issued yet. */
export function emptyLedger(plan: string): Ledger {
	return { plan, next: 1, versions: [], units: {}, headings: {}, targets: [], projects: [] };
}

/** Reads a ledger file's text; a malformed one is an error naming the file. */
export function parseLedger(text: string, path: string): Ledger {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		throw new Error(`${path}: not valid JSON`, { cause: error });
	}
	const parsed = ledgerSchema.safeParse(raw);
	if (!parsed.success) throw new Error(`${path}: not an id ledger (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`, { cause: parsed.error });
	return parsed.data;
}

/** The ledger as written to disk: stable key order, one unit or item per line, so a diff of it reads. */
export function formatLedger(ledger: Ledger): string {
	const units = Object.keys(ledger.units)
		.map(Number)
		.sort((a, b) => a - b)
		.map((s) => `\t\t${JSON.stringify(String(s))}: ${JSON.stringify(ledger.units[String(s)])}`);
	const headings = Object.keys(ledger.headings)
		.map(Number)
		.sort((a, b) => a - b)
		.map((s) => `\t\t${JSON.stringify(String(s))}: ${JSON.stringify(ledger.headings[String(s)])}`);
	const list = (rows: unknown[]) => rows.map((r) => `\t\t${JSON.stringify(r)}`).join(',\n');
	const block = (open: string, rows: string[], close: string) => (rows.length ? `${open}\n${rows.join(',\n')}\n\t${close}` : `${open}${close}`);
	return [
		'{',
		`\t"plan": ${JSON.stringify(ledger.plan)},`,
		`\t"next": ${ledger.next},`,
		`\t"versions": ${ledger.versions.length ? `[\n${list(ledger.versions)}\n\t]` : '[]'},`,
		`\t"units": ${block('{', units, '}')},`,
		`\t"headings": ${block('{', headings, '}')},`,
		`\t"targets": ${ledger.targets.length ? `[\n${list(ledger.targets)}\n\t]` : '[]'},`,
		`\t"projects": ${ledger.projects.length ? `[\n${list(ledger.projects)}\n\t]` : '[]'}`,
		'}',
		'',
	].join('\n');
}

/**
 * Runs that give each of `pairs` (unit line → serial) its serial. Two units share a run when their
 * serials are as far apart as their lines and no serial between them was ever issued (`issued`), so
 * a run never makes a line between them claim an issued serial.
 */
export function toRuns(pairs: [number, number][], issued: (serial: number) => boolean): [number, number, number][] {
	const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
	const runs: [number, number, number][] = [];
	for (const [line, serial] of sorted) {
		const last = runs[runs.length - 1];
		if (last && serial - line === last[1] - last[0]) {
			let clear = true;
			for (let s = last[1] + last[2]; s < serial && clear; s++) clear = !issued(s);
			if (clear) {
				last[2] = line - last[0] + 1;
				continue;
			}
		}
		runs.push([line, serial, 1]);
	}
	return runs;
}

/** The serial a version's runs give `line`; null when no run covers it. */
export function serialFromRuns(runs: [number, number, number][], line: number): number | null {
	for (const [start, serial, span] of runs) if (line >= start && line < start + span) return serial + (line - start);
	return null;
}

/** The serials of a version in reading order (every serial its runs cover that the ledger issued). */
export function versionSerials(ledger: Ledger, version: LedgerVersion): number[] {
	const out: number[] = [];
	for (const [, serial, span] of [...version.runs].sort((a, b) => a[0] - b[0])) {
		for (let s = serial; s < serial + span; s++) if (String(s) in ledger.units) out.push(s);
	}
	return out;
}
