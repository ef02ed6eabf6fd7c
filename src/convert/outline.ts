import type { HeadingMark } from './headings.ts';

interface Frame {
	style: string;
	last: number | null;
}

/**
 * Infers heading levels from numbering styles in reading order, as a person would: a style seen
 * before returns to its level, a new style or a list restarting at 1 goes one level deeper, and
 * a number continuing an outer level's count (`一、` … `2、`, `（3）` … `（四）`) rejoins that level.
 * Returns 1-based levels, capped at `maxLevel`.
 */
export function assignLevels(marks: HeadingMark[], maxLevel = 4): number[] {
	const stack: Frame[] = [];
	return marks.map((mark) => {
		if (mark.style === '前言' || mark.style === '附件') {
			stack.length = 0;
			return 1;
		}
		const n = mark.number;
		const same = (i: number) => stack[i]?.style === mark.style;
		const continues = (i: number) => n !== null && stack[i]?.last !== null && stack[i]?.last === n - 1;
		let index = -1;
		for (let i = stack.length - 1; i >= 0 && index === -1; i--) if (same(i) && continues(i)) index = i;
		const inStack = stack.some((f) => f.style === mark.style);
		if (index === -1 && n === 1) index = stack.length;
		if (index === -1 && n !== null && n > 1) {
			if (!inStack) {
				for (let i = stack.length - 1; i >= 0 && index === -1; i--) if (continues(i)) index = i;
			} else if (continues(0)) {
				index = 0;
			}
		}
		if (index === -1 && inStack) {
			for (let i = stack.length - 1; i >= 0 && index === -1; i--) if (same(i)) index = i;
		}
		if (index === -1) index = stack.length;
		stack.length = index;
		stack.push({ style: mark.style, last: n });
		return Math.min(index + 1, maxLevel);
	});
}

/** Section anchors from levels: `s-2`, `s-2-3`, … numbered by position in the outline. */
export function sectionIds(levels: number[]): string[] {
	const counters: number[] = [];
	return levels.map((level) => {
		counters.length = level;
		for (let i = 0; i < level; i++) counters[i] ??= 0;
		counters[level - 1] = (counters[level - 1] ?? 0) + 1;
		return `s-${counters.join('-')}`;
	});
}
