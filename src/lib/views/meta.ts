// What a page says about itself in its <head> (rendered by src/components/HeadMeta.astro): its full
// title, description, canonical and language twins, robots rule, Open Graph and Twitter card tags, share
// picture and feeds. Also robots.txt, and the titles that tell apart target pages sharing a name.
import type { Indicator, Plan } from '../../schema/plan.ts';
import { dict } from '../i18n/index.ts';
import { absolute, type Locale, urls } from '../urls.ts';
import { indicatorName } from './targets.ts';

type Site = URL | string | undefined;

/** A share picture: site path, pixel size and alt text. */
export interface ShareImage {
	path: string;
	alt: string;
	width: number;
	height: number;
}

/** Size of the share pictures: the 1.91:1 card Open Graph, WeChat, Weibo and Slack show large. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

export interface HeadInput {
	locale: Locale;
	/** The page's own title, without the site name. */
	title: string;
	description?: string | undefined;
	/** Path of the page (Astro.url.pathname). */
	path: string;
	site: Site;
	image?: ShareImage | undefined;
	/** Keep the page out of search engines (search results, 404). */
	noindex?: boolean | undefined;
	/** `article` for a plan or target page; `website` otherwise. */
	type?: 'website' | 'article' | undefined;
	/** The path the content lives at when it is not `path` (an address published before ids were lasting). */
	canonical?: string | undefined;
}

export interface HeadMeta {
	title: string;
	description: string;
	canonical: string;
	alternates: { hreflang: string; href: string }[];
	robots: string | null;
	/** `<meta property=… content=…>` (Open Graph). */
	properties: [string, string][];
	/** `<meta name=… content=…>` (Twitter). */
	names: [string, string][];
	feeds: { href: string; title: string; hreflang: string }[];
}

/** The Chinese and English paths of a page: every page has a twin at the same path under /en/. */
export function twinPaths(path: string): { zh: string; en: string } {
	const zh = path.replace(/^\/en(\/|$)/, '/');
	return { zh, en: `/en${zh}` };
}

/** Everything the head of a page carries. */
export function headMeta(input: HeadInput): HeadMeta {
	const { locale, path, site } = input;
	const t = dict(locale);
	const other = dict(locale === 'zh' ? 'en' : 'zh');
	const title = input.title === t.siteName ? input.title : `${input.title} · ${t.siteName}`;
	const description = input.description ?? t.siteDescription;
	const twins = twinPaths(path);
	const canonical = absolute(input.canonical ?? path, site);
	const image = input.image ?? { path: urls.siteCard(), alt: t.share.siteAlt, ...CARD_SIZE };
	const imageUrl = absolute(image.path, site);
	return {
		title,
		description,
		canonical,
		alternates: [
			{ hreflang: 'zh-CN', href: absolute(twins.zh, site) },
			{ hreflang: 'en', href: absolute(twins.en, site) },
			{ hreflang: 'x-default', href: absolute(twins.zh, site) },
		],
		robots: input.noindex ? 'noindex' : null,
		properties: [
			['og:type', input.type ?? 'website'],
			['og:site_name', t.siteName],
			['og:title', title],
			['og:description', description],
			['og:url', canonical],
			['og:locale', t.ogLocale],
			['og:locale:alternate', other.ogLocale],
			['og:image', imageUrl],
			['og:image:type', 'image/png'],
			['og:image:width', String(image.width)],
			['og:image:height', String(image.height)],
			['og:image:alt', image.alt],
		],
		names: [
			['twitter:card', 'summary_large_image'],
			['twitter:title', title],
			['twitter:description', description],
			['twitter:image', imageUrl],
			['twitter:image:alt', image.alt],
		],
		feeds: (['zh', 'en'] as const).map((l) => ({ href: absolute(urls.feed(l), site), title: dict(l).feed.link, hreflang: dict(l).htmlLang })),
	};
}

/** robots.txt: everything may be crawled; the sitemap's address. */
export function robotsTxt(site: Site): string {
	return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absolute('/sitemap-index.xml', site)}`, ''].join('\n');
}

/**
 * What tells a target apart from the other targets of its plan whose name reads the same in `locale`,
 * for its page title: the first of its target year, target value, table group, unit, attribute, where it
 * is stated (table or text), baseline and section that differ, as many as it takes; when two statements
 * are the same in all of these (a target restated word for word), its place among them (`第2处`).
 * Never its line number. Null when no other target shares its name.
 */
export function targetQualifier(plan: Plan, indicator: Indicator, locale: Locale): string | null {
	const t = dict(locale);
	const name = (i: Indicator) => indicatorName(i, locale).text;
	const same = plan.indicators.filter((i) => name(i) === name(indicator));
	if (same.length < 2) return null;
	const facets: ((i: Indicator) => string | null)[] = [
		(i) => (i.target.year ? t.yearRef(i.target.year) : null),
		(i) => (i.target.text ? `${t.share.target} ${i.target.text}` : null),
		(i) => i.domain,
		(i) => i.unit,
		(i) => (i.attribute ? t.attribute[i.attribute].label : null),
		(i) => t.sourceKind[i.kind],
		(i) => (i.baseline?.text ? `${t.share.baseline} ${i.baseline.text}` : null),
		(i) => (i.section ? t.share.inSection(i.section) : null),
	];
	const parts: string[] = [];
	let others = same.filter((i) => i !== indicator);
	for (const facet of facets) {
		const mine = facet(indicator);
		if (!others.some((o) => facet(o) !== mine)) continue;
		if (mine !== null) parts.push(mine);
		others = others.filter((o) => facet(o) === mine);
		if (others.length === 0) break;
	}
	if (others.length > 0) {
		const twins = same.filter((i) => facets.every((f) => f(i) === f(indicator)));
		parts.push(t.share.statement(twins.indexOf(indicator) + 1, twins.length));
	}
	return parts.length > 0 ? parts.join(t.comma) : null;
}

/** A target page's title: its name (with the {@link targetQualifier} when another target of the plan shares it) and region. */
export function targetPageTitle(plan: Plan, indicator: Indicator, locale: Locale, name: string, region: string): string {
	const qualifier = targetQualifier(plan, indicator, locale);
	return `${name}${qualifier ? dict(locale).paren(qualifier) : ''} · ${region}`;
}

/** The share picture of a plan page. */
export function planImage(plan: Plan, locale: Locale, title: string, region: string): ShareImage {
	return { path: urls.card(plan.slug), alt: dict(locale).share.planAlt(title, region), ...CARD_SIZE };
}

/** The share picture of a target page. */
export function targetImage(plan: Plan, indicator: Indicator, locale: Locale, name: string): ShareImage {
	const t = dict(locale);
	return { path: urls.card(plan.slug, indicator.id), alt: t.share.targetAlt(name, indicator.target.text, indicator.target.year ? t.paren(t.yearRef(indicator.target.year)) : ''), ...CARD_SIZE };
}
