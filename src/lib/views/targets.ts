// The target row: one indicator as a baseline → target chart row, shared by the plan page (one row per
// target of a domain), the target page (its one row) and the comparison page (one row per plan).
import type { TargetRow } from '../charts/targets.ts';
import { unitName } from '../i18n/terms.ts';
import type { Locale } from '../urls.ts';
import type { Indicator } from '../../schema/plan.ts';

/** Text with its language: `en` for curated English, `zh-CN` for text as printed. */
export interface Labelled {
	text: string;
	lang: 'en' | 'zh-CN';
}

/** A target's name in the locale: the glossary's English name on /en/ when it has one, else the printed Chinese. */
export function indicatorName(i: Indicator, locale: Locale): Labelled {
	return locale === 'en' && i.name_en ? { text: i.name_en, lang: 'en' } : { text: i.name, lang: 'zh-CN' };
}

/** The `lang` attribute a label needs on a page of `locale`: none when it is the page's own language. */
export function langAttr(lang: Labelled['lang'], locale: Locale): string | undefined {
	return lang === (locale === 'en' ? 'en' : 'zh-CN') ? undefined : lang;
}

/**
 * One chart row (src/lib/charts/targets.ts) for a target: its parsed baseline and target values, the
 * comparator, binding (true) / expected (false) / unmarked (null) and the unit in the locale. The row is
 * labelled with the target's name unless another label (a region, on comparisons) is given.
 */
export function targetRow(i: Indicator, locale: Locale, label: Labelled = indicatorName(i, locale), sub?: { text: string; lang?: string }): TargetRow {
	return {
		label: label.text,
		lang: langAttr(label.lang, locale),
		...(sub ? { sublabel: sub.text, sublabelLang: sub.lang } : {}),
		baseline: i.baseline?.value ?? null,
		target: i.target.value,
		comparator: i.target.comparator,
		binding: i.attribute === null ? null : i.attribute === 'binding',
		unit: i.unit ? unitName(i.unit, locale, i.target.value) : null,
	};
}

/** Whether a target has a number to draw (a parsed target or baseline value). */
export const plotted = (i: Indicator): boolean => i.target.value !== null || i.baseline?.value != null;

/**
 * How many targets a plan sets: its indicators that are not commitments, the number its page's
 * 主要指标 section gives (commitments are counted and listed apart). Every page, card and feed that
 * names a plan's count of targets uses this one, so they agree with the plan page.
 */
export function targetCount(plan: { indicators: readonly Pick<Indicator, 'commitment'>[] }): number {
	return plan.indicators.filter((i) => !i.commitment).length;
}
