/** Site-relative URLs of every citable thing; one place so links never drift apart. */
export const urls = {
	home: (locale: Locale = 'zh') => `${prefix(locale)}/`,
	/** The plan list (its first page; later pages: src/lib/views/home.ts listPageUrl). */
	plans: (locale: Locale = 'zh') => `${prefix(locale)}/plans/`,
	plan: (slug: string, locale: Locale = 'zh') => `${prefix(locale)}/plans/${slug}/`,
	anchor: (slug: string, anchor: string, locale: Locale = 'zh') => `${prefix(locale)}/plans/${slug}/#${anchor}`,
	indicator: (slug: string, id: string, locale: Locale = 'zh') => `${prefix(locale)}/plans/${slug}/indicators/${id}/`,
	indicators: (locale: Locale = 'zh') => `${prefix(locale)}/indicators/`,
	canonical: (id: string, locale: Locale = 'zh') => `${prefix(locale)}/indicators/${id}/`,
	projects: (locale: Locale = 'zh') => `${prefix(locale)}/projects/`,
	search: (locale: Locale = 'zh') => `${prefix(locale)}/search/`,
	data: (locale: Locale = 'zh') => `${prefix(locale)}/data/`,
	download: (file: string) => `/data/${file}`,
	/** The JSON Schema of a data file (`indicators.json` → /data/schema/indicators.json). */
	schema: (file: string) => `/data/schema/${file}`,
};

export type Locale = 'zh' | 'en';

/** Anchors on a plan page; one place so the text, the search and the data agree. */
export const anchors = {
	/** Every source line of the plan text: `p-<1-based line in the seed file>`. */
	paragraph: (line: number) => `p-${line}`,
};

function prefix(locale: Locale): string {
	return locale === 'en' ? '/en' : '';
}

/** An absolute URL for citations and machine-readable data. */
export function absolute(path: string, site: URL | string | undefined): string {
	return new URL(path, site ?? 'https://health-plans.example.org').href;
}
