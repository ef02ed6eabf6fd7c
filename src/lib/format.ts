import type { Comparator, Indicator } from '../schema/plan.ts';

/**
 * Plain-words reading of a target (`不高于 3 ‰`, `at most 3 ‰`), for summaries and screen readers.
 * `words` are the dictionary's comparator words (`t.comparator`); a space follows them when they are Latin.
 */
export function describeTarget(target: Indicator['target'], unit: string | null, words: Record<Comparator, string>): string {
	if (target.value === null && target.range === null) return target.text || '—';
	const u = unit ? (/^[A-Za-z]/.test(unit) ? ` ${unit}` : unit) : '';
	const space = /^[A-Za-z]/.test(words['='] ?? '') ? ' ' : '';
	if (target.range) return `${words.range}${space}${target.range[0]}–${target.range[1]}${u}`;
	return `${words[target.comparator ?? '=']}${space}${target.value}${u}`;
}

/** Project quantities as one label: `2500 m²，5 台` (zh-CN) or `2,500 m², 5 units` with an English `unit` mapper. */
export function quantitiesLabel(quantities: { value: number; unit: string }[], lang = 'zh-CN', unit: (u: string) => string = (u) => u): string {
	return quantities.map((q) => `${q.value.toLocaleString(lang)} ${unit(q.unit)}`).join(lang === 'en' ? ', ' : '，');
}
