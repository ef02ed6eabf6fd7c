// The Atom feeds of plans (/feed.xml in Chinese, /en/feed.xml in English), linked from every page
// head. One entry per plan today; once plans carry versions (`versions` on a plan), one entry per
// version, keyed by plan and version date, so a reader sees each new version as a new entry.
import { resolve } from 'node:path';
import type { Plan } from '../schema/plan.ts';
import { buildDate, commitDates } from './build-info.ts';
import { dict } from './i18n/index.ts';
import { planTitle, regionLabel } from './i18n/plan.ts';
import { LICENCE } from './open-data.ts';
import { absolute, type Locale, urls } from './urls.ts';
import { targetCount } from './views/targets.ts';

type Site = URL | string | undefined;

/** Most entries a feed holds (the newest): a feed stays small however many plans there are. */
export const FEED_LIMIT = 100;

/** A version of a plan as a feed entry sees it (the shape plan versions are expected to give). */
export interface FeedVersion {
	/** The version's name in its URL: /plans/<slug>/v/<version>/. */
	version: string;
	/** When it was published (YYYY-MM-DD or RFC 3339); null when unknown. */
	date: string | null;
}

/** One entry: a plan, or one version of it. `key` is unique and never changes for the same plan (and version). */
export interface FeedItem {
	key: string;
	plan: Plan;
	version: FeedVersion | null;
	/** RFC 3339 date-time of the entry. */
	updated: string;
}

/** The kept versions of a plan, oldest first (key and date); a plan of one text is one entry, keyed by its slug. */
export function versionsOf(plan: Plan): FeedVersion[] {
	const kept = plan.versions.filter((v) => v.kept).map((v) => ({ version: v.key, date: v.date }));
	return kept.length > 1 ? kept : [];
}

/** A date as RFC 3339: `2022-03-01` → `2022-03-01T00:00:00+08:00` (plans are dated in China time). */
function dateTime(date: string): string {
	return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00+08:00` : date;
}

/**
 * The feed's entries, newest first, at most {@link FEED_LIMIT}. An entry's date: its version's date, else the
 * plan's printed date, else when its plan file was last committed, else the build date.
 */
export function feedItems(plans: Plan[], contentDir = process.env.PLAN_CONTENT_DIR ?? './content/plans'): FeedItem[] {
	const committed = commitDates(resolve(contentDir));
	const items = plans.flatMap((plan): FeedItem[] => {
		const fallback = plan.date ? dateTime(plan.date) : (committed.get(`${plan.slug}.mdx`) ?? buildDate());
		const versions = versionsOf(plan);
		if (versions.length === 0) return [{ key: plan.slug, plan, version: null, updated: fallback }];
		return versions.map((version) => ({ key: `${plan.slug}@${version.date ?? version.version}`, plan, version, updated: version.date ? dateTime(version.date) : fallback }));
	});
	const time = (item: FeedItem) => Date.parse(item.updated);
	return items.sort((a, b) => time(b) - time(a) || a.key.localeCompare(b.key)).slice(0, FEED_LIMIT);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The Atom 1.0 document of the plans in `locale`. */
export function atomFeed(plans: Plan[], locale: Locale, site: Site): string {
	const t = dict(locale);
	const items = feedItems(plans);
	const self = absolute(urls.feed(locale), site);
	const updated = items.reduce((latest, item) => (Date.parse(item.updated) > Date.parse(latest) ? item.updated : latest), items[0]?.updated ?? buildDate());
	const entries = items.map((item) => {
		const { plan, version } = item;
		const page = absolute(version ? `${urls.plan(plan.slug, locale)}v/${version.version}/` : urls.plan(plan.slug, locale), site);
		const title = planTitle(plan, locale);
		const region = regionLabel(plan, locale).text;
		const summary = t.feed.summary(region, plan.period.start, plan.period.end, targetCount(plan), plan.counts.projects);
		return [
			'\t<entry>',
			`\t\t<id>${escapeXml(absolute(urls.plan(plan.slug), site))}${version ? `v/${escapeXml(version.version)}/` : ''}</id>`,
			`\t\t<title xml:lang="${title.lang}">${escapeXml(version ? t.feed.versionTitle(title.text, version.version) : title.text)}</title>`,
			`\t\t<link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`,
			`\t\t<updated>${item.updated}</updated>`,
			...(plan.date ? [`\t\t<published>${dateTime(plan.date)}</published>`] : []),
			...(plan.region.province ? [`\t\t<category term="${escapeXml(plan.region.province)}"/>`] : []),
			`\t\t<summary>${escapeXml(summary)}</summary>`,
			'\t</entry>',
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${t.htmlLang}">`,
		`\t<id>${escapeXml(self)}</id>`,
		`\t<title>${escapeXml(t.feed.title)}</title>`,
		`\t<subtitle>${escapeXml(t.siteDescription)}</subtitle>`,
		`\t<updated>${updated}</updated>`,
		`\t<link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
		`\t<link rel="alternate" type="text/html" href="${escapeXml(absolute(urls.home(locale), site))}"/>`,
		`\t<author><name>${escapeXml(t.siteName)}</name><uri>${escapeXml(absolute(urls.home(locale), site))}</uri></author>`,
		`\t<rights>${escapeXml(LICENCE.title)} (${LICENCE.name})</rights>`,
		...entries,
		'</feed>',
		'',
	].join('\n');
}
