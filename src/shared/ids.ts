// One home for the identity of everything the portal publishes an address for: the converter writes
// ids through these functions and the site reads them back through them (issue 20). An id, once
// published, keeps naming the same thing and is never given to anything else: the paragraph serials
// and the target and project ids are kept in a plan's id ledger (src/convert/ledger.ts,
// seeds/ids/<plan>.json), which every later text of the plan is aligned with.
import { pinyin } from 'pinyin-pro';

/**
 * Anchor of a citable unit of a plan text (a paragraph, heading line, table row, box item, caption
 * line): `p-<serial>`. A serial is the unit's lasting number: in the first text of a plan it is the
 * unit's 1-based line in that seed file (so the anchors of a first text read as line numbers, as they
 * always did); a unit that a later text adds gets the next number never used in the plan.
 */
export const paragraphAnchor = (serial: number): string => `p-${serial}`;
/** Anchor of a table on the plan page: `t-<serial of its first line>`. */
export const tableAnchor = (serial: number): string => `t-${serial}`;
/** Anchor of a 专栏 box: `b-<serial of its first line>`. */
export const boxAnchor = (serial: number): string => `b-${serial}`;

const SERIAL_ANCHOR = /^([ptb])-(\d+)$/;

/** The kind letter and serial of a unit anchor (`p-12` → { kind: 'p', serial: 12 }); null for any other id. */
export function parseAnchor(id: string): { kind: 'p' | 't' | 'b'; serial: number } | null {
	const m = SERIAL_ANCHOR.exec(id);
	return m ? { kind: m[1] as 'p' | 't' | 'b', serial: Number(m[2]) } : null;
}

/** Rewrites a unit anchor through `serialOf` (line → serial); other ids (`s-2-3`) pass unchanged. */
export function rekeyAnchor(id: string, serialOf: (line: number) => number): string {
	const parsed = parseAnchor(id);
	return parsed ? `${parsed.kind}-${serialOf(parsed.serial)}` : id;
}

/** Longest stem of a name-derived id, in characters (cut at a syllable boundary). */
const MAX_STEM = 40;

/**
 * An id made from what a thing is called, for a target or project that has no canonical id:
 * its name in toneless pinyin, syllables joined by `-` (精品国医堂打造数 → jing-pin-guo-yi-tang-da-zao-shu),
 * Latin letters and digits kept lower-case, cut to at most 40 characters at a syllable boundary.
 * Never empty (`item` when the name has no letters). Pure; via pinyin-pro.
 */
export function nameStem(name: string): string {
	const syllables = pinyin(name.normalize('NFKC'), { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
		.map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
		.filter(Boolean);
	let stem = '';
	for (const s of syllables) {
		const next = stem ? `${stem}-${s}` : s;
		if (next.length > MAX_STEM) break;
		stem = next;
	}
	return stem || (syllables[0] ?? '').slice(0, MAX_STEM) || 'item';
}

/** The first id of `stem` that `taken` does not hold: `stem`, then `stem-2`, `stem-3`, … */
export function freeId(stem: string, taken: (id: string) => boolean): string {
	if (!taken(stem)) return stem;
	for (let k = 2; ; k++) if (!taken(`${stem}-${k}`)) return `${stem}-${k}`;
}

/** Version statuses in publication order, with the word a version key uses for each. */
export const STATUS_ORDER: readonly { status: string; key: string; en: string }[] = [
	{ status: '草稿', key: 'draft', en: 'draft' },
	{ status: '草案', key: 'draft-plan', en: 'draft plan' },
	{ status: '讨论稿', key: 'discussion', en: 'discussion draft' },
	{ status: '征求意见稿', key: 'consultation', en: 'consultation draft' },
	{ status: '送审稿', key: 'review', en: 'draft for approval' },
	{ status: '印发稿', key: 'issued', en: 'issued text' },
];

/** Rank of a status in publication order (unstated status after every draft, before 印发稿). */
export function statusRank(status: string | null): number {
	if (status === null) return STATUS_ORDER.length - 1.5;
	const k = STATUS_ORDER.findIndex((s) => s.status === status);
	return k < 0 ? STATUS_ORDER.length - 1.5 : k;
}

/**
 * The permanent key of one version of a plan: `<date>-<status word>` (`2020-11-17-draft`,
 * `2021-09-30-issued`); `undated` for a text without a date, `text` for one without a status.
 * Used in `/plans/<slug>/v/<key>/`.
 */
export function versionKey(date: string | null, status: string | null): string {
	const word = STATUS_ORDER.find((s) => s.status === status)?.key ?? 'text';
	return `${date ?? 'undated'}-${word}`;
}

/**
 * A line-based id as published before ids were lasting (`l59`, `l59-2`, `c52`, `pr-120`): the
 * converter still makes them as draft ids, so each keeps working as an alias of the lasting id
 * (src/convert/identity.ts). `k` counts items of one kind on one line (1 → no suffix).
 */
export const lineId = (prefix: 'l' | 'c' | 'pr-', line: number, k: number): string => `${prefix}${line}${k > 1 ? `-${k}` : ''}`;
