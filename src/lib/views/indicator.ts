// View model of a target page (/plans/<slug>/indicators/<id>/): its name, chart, plain-words reading,
// related statements and the citation an official pastes into a report.
import { type ChartOutput, targetChart } from '../charts/targets.ts';
import { describeTarget } from '../format.ts';
import { langParts } from '../lang-parts.ts';
import { dict } from '../i18n/index.ts';
import { planTitle, regionLabel, regionName } from '../i18n/plan.ts';
import { domainName, unitName } from '../i18n/terms.ts';
import { absolute, type Locale, urls } from '../urls.ts';
import type { Indicator, Plan } from '../../schema/plan.ts';
import { indicatorName, plotted, targetRow } from './targets.ts';
import { versionWords } from '../i18n/versions.ts';
import { versionName } from './versions.ts';

/** Everything a target page computes, in the page's locale; `site` makes the citation's URL absolute. */
export function indicatorView(plan: Plan, i: Indicator, locale: Locale, site: URL | string | undefined) {
	const t = dict(locale);
	const name = indicatorName(i, locale);
	const region = regionName(plan, locale);
	const title = planTitle(plan, locale);
	const url = absolute(urls.indicator(plan.slug, i.id, locale), site);
	const status = plan.status ? t.status[plan.status] : null;
	const translatedDomain = i.domain ? domainName(i.domain, locale) : null;
	const unit = i.unit ? unitName(i.unit, locale) : null;
	const chartTitle = t.indicator.chartTitle(region.text, name.lang === t.htmlLang || locale === 'zh' ? name.text : t.indicator.breadcrumb);
	const w = versionWords(locale);
	// The version the citation names (status, date, the text's SHA-256), with the source in that version.
	const version = plan.version
		? {
				text: w.citeVersion(versionName(plan.version, locale), plan.version.sha256),
				sourceUrl: absolute(`${urls.version(plan.slug, plan.version.key, locale)}#${i.anchor}`, site),
			}
		: null;
	const chart: ChartOutput | null = plotted(i) ? targetChart([targetRow(i, locale, name)], { id: 'target', title: chartTitle, sharedScale: true, t: t.chart }) : null;
	return {
		name,
		region,
		title,
		regionLabel: regionLabel(plan, locale),
		status,
		/** Domain in the locale (as printed when it has no translation), or null for prose targets. */
		domain: i.domain ? ({ text: translatedDomain ?? i.domain, lang: translatedDomain ? t.htmlLang : 'zh-CN' } as { text: string; lang: string }) : null,
		unit,
		/** The target in plain words (不高于 3 ‰), when a number or range was read. */
		means: i.target.value !== null || i.target.range ? describeTarget(i.target, i.unit ? unitName(i.unit, locale, i.target.range ? null : i.target.value) : null, t.comparator) : null,
		sourceUrl: urls.anchor(plan.slug, i.anchor, locale),
		related: plan.indicators.filter((o) => i.related.includes(o.id)),
		chart,
		version,
		/** The citation as parts: the plan's own words (title, heading, name, target as printed) keep their language. */
		citation: langParts((slot) => t.indicator.citation(slot(title), status, i.section && slot({ text: i.section, lang: 'zh-CN' }), i.source.line, slot(name), i.target.text && slot({ text: i.target.text, lang: 'zh-CN' }), url)).concat(version ? [{ text: ` ${version.text}; ${version.sourceUrl}` }] : []),
	};
}

