// View models of a plan's versions: the version list and banner on plan and version pages, the
// changes pages (/plans/<slug>/changes/), and the pages of addresses a later text dropped or moved.
import { diffChars } from 'diff';
import { versionWords } from '../i18n/versions.ts';
import { type Locale, urls } from '../urls.ts';
import type { Plan, RetiredItem, VersionChange, VersionRef } from '../../schema/plan.ts';

/** A version as a reader sees it named (`草稿（2020-11-17）`, `draft of 2020-11-17`). */
export const versionName = (v: Pick<VersionRef, 'status' | 'date'> | null | undefined, locale: Locale): string => versionWords(locale).label(v?.status ?? null, v?.date ?? null);

/** One entry of a plan's version list. */
export interface VersionItem {
	key: string;
	label: string;
	/** Its page, or null for a text later written over in place. */
	url: string | null;
	latest: boolean;
	current: boolean;
}

/**
 * The versions of the plan whose latest text is `latest`, as shown on the page of the text `plan`
 * (the latest itself, or an earlier version): the list (oldest first), whether `plan` is the
 * latest, and the changes page when there is more than one kept version.
 */
export function versionsView(plan: Plan, latest: Plan, locale: Locale) {
	const w = versionWords(locale);
	const last = latest.versions[latest.versions.length - 1];
	const items: VersionItem[] = latest.versions.map((v) => ({
		key: v.key,
		label: versionName(v, locale),
		url: v.kept ? urls.version(latest.slug, v.key, locale) : null,
		latest: v.key === last?.key,
		current: v.key === plan.version?.key,
	}));
	const isLatest = plan.version === null || plan.version.key === last?.key;
	return {
		items,
		isLatest,
		latestLabel: versionName(last, locale),
		currentLabel: versionName(plan.version, locale),
		latestUrl: urls.plan(latest.slug, locale),
		changesUrl: latest.changes.length > 0 ? urls.changes(latest.slug, locale) : null,
		w,
	};
}

/** A piece of an inline diff: kept, inserted or deleted text. */
export interface DiffPart {
	kind: 'same' | 'ins' | 'del';
	text: string;
}

/** The character diff of two texts of a paragraph (diff's diffChars), for `<ins>`/`<del>` markup. */
export function inlineDiff(before: string, after: string): DiffPart[] {
	return diffChars(before, after).map((p) => ({ kind: p.added ? 'ins' : p.removed ? 'del' : 'same', text: p.value }));
}

/** The pair a changes page shows by default: the latest against the kept version before it. */
export function defaultChange(latest: Plan): VersionChange | null {
	const to = latest.version?.key;
	const kept = latest.versions.filter((v) => v.kept);
	const from = kept[kept.length - 2]?.key;
	return latest.changes.find((c) => c.from === from && c.to === to) ?? latest.changes[latest.changes.length - 1] ?? null;
}

/** Everything a changes page shows: the pair's names, counts, each change with links, the other pairs. */
export function changesView(latest: Plan, change: VersionChange, locale: Locale) {
	const w = versionWords(locale);
	const named = (key: string) => versionName(latest.versions.find((v) => v.key === key), locale);
	const from = named(change.from);
	const to = named(change.to);
	const fromUrl = urls.version(latest.slug, change.from, locale);
	const toUrl = urls.version(latest.slug, change.to, locale);
	const empty = change.targets.length + change.projects.length + change.paragraphs.length === 0;
	return {
		from,
		to,
		fromUrl,
		toUrl,
		summary: w.summary(change.counts),
		empty,
		targets: change.targets.map((c) => ({ ...c, name: (c.new ?? c.old)?.name ?? c.id, url: urls.indicator(latest.slug, c.id, locale), label: w.change[c.change] as string })),
		projects: change.projects.map((c) => ({ ...c, name: (c.new ?? c.old)?.name ?? c.id, label: w.change[c.change] as string })),
		paragraphs: change.paragraphs.map((c) => ({
			...c,
			label: w.change[c.change] as string,
			diff: c.old && c.new ? inlineDiff(c.old.text, c.new.text) : null,
			oldUrl: c.old ? `${fromUrl}#${c.id}` : null,
			newUrl: c.new ? `${toUrl}#${c.id}` : null,
		})),
		pairs: latest.changes.map((c) => ({ label: `${named(c.from)} → ${named(c.to)}`, url: urls.changes(latest.slug, locale, c), current: c.from === change.from && c.to === change.to })),
		w,
	};
}

/** The page of a target id the latest text no longer has: what it was, where, and in which versions. */
export function retiredView(latest: Plan, item: RetiredItem, locale: Locale) {
	const w = versionWords(locale);
	const named = (key: string) => versionName(latest.versions.find((v) => v.key === key), locale);
	const last = latest.versions.find((v) => v.key === item.last);
	return {
		title: w.retiredTitle(item.name),
		banner: w.retiredBanner(named(item.first), named(item.last), versionName(latest.version, locale)),
		/** The paragraph in the last version that had it, when that text is kept. */
		sourceUrl: last?.kept ? `${urls.version(latest.slug, last.key, locale)}#${item.anchor}` : null,
		lastLabel: named(item.last),
		w,
	};
}
