// Status words: the one home for how a text says which version it is (草稿, 征求意见稿, …).
// A newcomer meeting a new word adds one line to STATUS_WORDS (and, for a new status, one value to
// planStatusSchema in src/schema/plan.ts and its wording in src/lib/i18n/{zh,en}.ts).
import type { PlanStatus } from '../../schema/plan.ts';

/** A word printed on a plan that says its version, the status it means, and whether that is a draft. */
export interface StatusWord {
	word: string;
	status: PlanStatus;
	draft: boolean;
}

/** Longest first, so 征求意见稿 is read before 草稿 could match inside a longer word. */
export const STATUS_WORDS: StatusWord[] = [
	{ word: '征求意见稿', status: '征求意见稿', draft: true },
	{ word: '送审稿', status: '送审稿', draft: true },
	{ word: '讨论稿', status: '讨论稿', draft: true },
	{ word: '印发稿', status: '印发稿', draft: false },
	{ word: '草稿', status: '草稿', draft: true },
	{ word: '草案', status: '草案', draft: true },
];

const WORDS = STATUS_WORDS.map((s) => s.word).join('|');
/** A line that is only a status mark, on the folded view: `(征求意见稿)`, `【草案】`, `讨论稿`. */
const LINE = new RegExp(`^[(\\[【〔]?\\s*(${WORDS})\\s*[)\\]】〕]?$`);
/** A status mark closing a title: `…规划(征求意见稿)`, `…规划草案`. */
const SUFFIX = new RegExp(`\\s*(?:[(\\[【〔]\\s*(${WORDS})\\s*[)\\]】〕]|(草案|征求意见稿|讨论稿|送审稿))$`);

const byWord = (word: string | undefined): PlanStatus => STATUS_WORDS.find((s) => s.word === word)?.status ?? null;

/** The status a line that is only a status mark states (`（征求意见稿）` → 征求意见稿); null for any other line. Expects the folded view. */
export function statusOfLine(folded: string): PlanStatus {
	return byWord(LINE.exec(folded.trim())?.[1]);
}

/**
 * A status mark at the end of a title (`XX规划（征求意见稿）`, `XX规划草案`): the status and the
 * length of the title without it. Works on foldAligned text so the length cuts the printed title.
 */
export function statusSuffix(aligned: string): { status: PlanStatus; length: number } | null {
	const m = SUFFIX.exec(aligned);
	if (!m) return null;
	return { status: byWord(m[1] ?? m[2]), length: m.index };
}

/** The status a word names (`草案` → 草案); null when it is not a status word. */
export const statusOfWord = (word: string): PlanStatus => byWord(word);

/** True for every status that is a draft of some kind (all but 印发稿); false for null (not stated). */
export function isDraft(status: PlanStatus): boolean {
	return STATUS_WORDS.some((s) => s.status === status && s.draft);
}
