import type { Plan } from '../../schema/plan.ts';
import type { Locale } from '../urls.ts';

/** A plan's title in the locale: the curated English title on /en/, else the Chinese (with its language). */
export function planTitle(plan: Plan, locale: Locale): { text: string; lang: 'en' | 'zh-CN' } {
	return locale === 'en' && plan.title_en ? { text: plan.title_en, lang: 'en' } : { text: plan.title, lang: 'zh-CN' };
}

/** `山东省 · 潍坊市 · 昌乐县` or `Changle County, Weifang, Shandong`. */
export function regionLabel(plan: Plan, locale: Locale): { text: string; lang: 'en' | 'zh-CN' } {
	const r = plan.region;
	if (locale === 'en' && r.name_en) return { text: [r.name_en, r.city_en, r.province_en].filter(Boolean).join(', '), lang: 'en' };
	return { text: [r.province, r.city, r.name].filter(Boolean).join(' · '), lang: 'zh-CN' };
}

/** The short region name for tables and chart rows. */
export function regionName(plan: Plan, locale: Locale): { text: string; lang: 'en' | 'zh-CN' } {
	return locale === 'en' && plan.region.name_en ? { text: plan.region.name_en, lang: 'en' } : { text: plan.region.name, lang: 'zh-CN' };
}
