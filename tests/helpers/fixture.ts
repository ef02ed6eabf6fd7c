import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLines, type SourceLine } from '../../src/convert/lines.ts';
import { convertPlan, type Converted } from '../../src/convert/plan.ts';

export const CASES_DIR = join(import.meta.dirname, '../fixtures/cases');

/**
 * A plan text written inline in a test, so one rule is tested in five lines:
 *
 * ```ts
 * const text = plan`
 *   一、主要指标
 *   →指标名称
 *   →2025年目标
 * `;
 * ```
 *
 * The common indentation and the first/last empty lines are removed; `→` stands for a tab
 * (Word's table cells), `·` for an ideographic space. Line numbers in results are 1-based
 * positions in the returned text.
 */
export function plan(strings: TemplateStringsArray, ...values: unknown[]): string {
	const raw = String.raw({ raw: strings }, ...values);
	const lines = raw.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '').split('\n');
	const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
	const cut = indents.length ? Math.min(...indents) : 0;
	return lines.map((l) => l.slice(cut).replaceAll('→', '\t').replaceAll('·', '\u3000')).join('\n') + '\n';
}

/** Source lines of an inline text (see {@link plan}). */
export const sourceLines = (text: string, file = 'fixture.txt'): SourceLine[] => readLines(text, file);

/** Converts an inline text as a seed with no plans.yaml entry. */
export const convertText = (text: string, file = 'fixture.txt'): Converted => convertPlan(file, text, undefined);

/** One of the shared case files (tests/fixtures/cases/, copied from ../shared/cases/), converted with no plans.yaml entry. */
export function convertCase(name: string): Converted {
	const file = name.endsWith('.txt') ? name : `${name}.txt`;
	return convertPlan(file, readFileSync(join(CASES_DIR, file), 'utf8'), undefined);
}
