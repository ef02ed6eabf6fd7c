import { paragraphAnchor } from '../shared/ids.ts';

/** Site-relative URLs of every citable thing; one place so links never drift apart. */
export const urls = {
	home: (locale: Locale = 'zh') => `${prefix(locale)}/`,
	/** The plan list (its first page; later pages: src/lib/views/home.ts listPageUrl). */
	plans: (locale: Locale = 'zh') => `${prefix(locale)}/plans/`,
	plan: (slug: string, locale: Locale = 'zh') => `${prefix(locale)}/plans/${slug}/`,
	anchor: (slug: string, anchor: string, locale: Locale = 'zh') => `${prefix(locale)}/plans/${slug}/#${anchor}`,
	indicator: (slug: string, id: string, locale: Locale = 'zh') => `${prefix(locale)}/plans/${slug}/indicators/${id}/`,
	/** One version of a plan as published (`key`: src/shared/ids.ts versionKey). */
	version: (slug: string, key: string, locale: Locale = 'zh') => `${prefix(locale)}/plans/${slug}/v/${key}/`,
	/** What changed: the latest version against the one before it, or (`from`, `to`) any two versions. */
	changes: (slug: string, locale: Locale = 'zh', pair?: { from: string; to: string }) => `${prefix(locale)}/plans/${slug}/changes/${pair ? `${pair.from}--${pair.to}/` : ''}`,
	indicators: (locale: Locale = 'zh') => `${prefix(locale)}/indicators/`,
	canonical: (id: string, locale: Locale = 'zh') => `${prefix(locale)}/indicators/${id}/`,
	projects: (locale: Locale = 'zh') => `${prefix(locale)}/projects/`,
	search: (locale: Locale = 'zh') => `${prefix(locale)}/search/`,
	data: (locale: Locale = 'zh') => `${prefix(locale)}/data/`,
	download: (file: string) => `/data/${file}`,
	/** The JSON Schema of a data file (`indicators.json` → /data/schema/indicators.json; draft-07: /data/schema/draft-07/indicators.json). */
	schema: (file: string, draft?: 'draft-07') => `/data/schema/${draft ? `${draft}/` : ''}${file}`,
	/** The Frictionless Data Package describing every download. */
	datapackage: () => '/data/datapackage.json',
	/** Atom feed of plans (and, once plans have versions, of new versions). */
	feed: (locale: Locale = 'zh') => `${prefix(locale)}/feed.xml`,
	/** Share picture of a plan or one of its targets (PNG, 1200×630): /plans/<slug>/card.png, /plans/<slug>/indicators/<id>/card.png. */
	card: (slug: string, id?: string) => (id ? `/plans/${slug}/indicators/${id}/card.png` : `/plans/${slug}/card.png`),
	/** Share picture of the pages that are not a plan's or a target's. */
	siteCard: () => '/card.png',
};

export type Locale = 'zh' | 'en';

/** The address used when SITE_URL is unset: a placeholder, so every canonical link and data `url` would be wrong (the build warns). */
export const PLACEHOLDER_SITE = 'https://health-plans.example.org';

/** Anchors on a plan page; one place so the text, the search and the data agree (built in src/shared/ids.ts). */
export const anchors = {
	/** A citable unit of the plan text by its lasting serial (in a plan's first text, its line): `p-<serial>`. */
	paragraph: paragraphAnchor,
};

function prefix(locale: Locale): string {
	return locale === 'en' ? '/en' : '';
}

/** An absolute URL for citations and machine-readable data. */
export function absolute(path: string, site: URL | string | undefined): string {
	return new URL(path, site ?? PLACEHOLDER_SITE).href;
}
