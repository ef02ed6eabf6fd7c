// src/lib/views/meta.ts and src/lib/feed.ts: what a page's head says, the titles that tell apart target
// pages sharing a name, and the feed entries (one per plan, one per version once plans carry versions).
import { describe, expect, it } from 'vitest';
import { feedItems, versionsOf } from '../../src/lib/feed.ts';
import { headMeta, targetPageTitle, targetQualifier } from '../../src/lib/views/meta.ts';
import { contentPlans } from '../helpers/content.ts';

const plans = contentPlans();

describe('headMeta', () => {
	it('adds the site name once, points og:url at the canonical address, and names both languages', () => {
		const meta = headMeta({ locale: 'en', title: 'Data', path: '/en/data/', site: 'https://example.org' });
		expect(meta.title).toBe('Data · County Health Five-Year Plans');
		expect(meta.canonical).toBe('https://example.org/en/data/');
		expect(Object.fromEntries(meta.properties)).toMatchObject({ 'og:url': meta.canonical, 'og:locale': 'en_US', 'og:locale:alternate': 'zh_CN', 'og:image': 'https://example.org/card.png' });
		expect(meta.alternates.map((a) => a.href)).toEqual(['https://example.org/data/', 'https://example.org/en/data/', 'https://example.org/data/']);
		expect(meta.robots).toBeNull();
		expect(headMeta({ locale: 'zh', title: 'x', path: '/search/', site: undefined, noindex: true }).robots).toBe('noindex');
	});
});

describe('titles of target pages that share a name', () => {
	it('every target page title of every plan is unique in both languages, and none names a line', () => {
		for (const locale of ['zh', 'en'] as const) {
			for (const plan of plans) {
				const titles = plan.indicators.map((i) => targetPageTitle(plan, i, locale, locale === 'en' && i.name_en ? i.name_en : i.name, plan.region.name));
				expect(new Set(titles).size, `${plan.slug} ${locale}`).toBe(titles.length);
				for (const title of titles) expect(title).not.toMatch(/第\d+行|line \d+/);
			}
		}
	});

	it('a target whose name no other target of its plan shares gets no qualifier; one that does, by its year or value first', () => {
		const plan = plans.find((p) => p.slug === 'changle-weifang')!;
		const unique = plan.indicators.find((i) => plan.indicators.filter((o) => o.name === i.name).length === 1)!;
		expect(targetQualifier(plan, unique, 'zh')).toBeNull();
		// The two restatements once published as health-literacy-l397 and health-literacy-l32-2 (now aliases of their lasting ids).
		const byOld = (from: string) => plan.indicators.find((i) => i.id === plan.aliases.find((a) => a.from === from)?.to)!;
		const a = byOld('health-literacy-l397');
		const b = byOld('health-literacy-l32-2');
		// Same name, year and value: the section where each is stated tells them apart.
		expect(targetQualifier(plan, a, 'zh')).not.toBe(targetQualifier(plan, b, 'zh'));
		const synthetic = { ...plan, indicators: [{ ...a, id: 'x', target: { ...a.target, year: 2023 } }, { ...a, id: 'y', target: { ...a.target, year: 2025 } }] };
		expect(targetQualifier(synthetic, synthetic.indicators[0]!, 'zh')).toBe('2023年');
		expect(targetQualifier(synthetic, synthetic.indicators[1]!, 'en')).toBe('2025');
		const twins = { ...plan, indicators: [{ ...a, id: 'x' }, { ...a, id: 'y' }] };
		expect(targetQualifier(twins, twins.indicators[1]!, 'zh')).toBe('第2处，共2处');
	});
});

describe('feed entries', () => {
	it('one entry per plan, keyed by its slug, while a plan has one kept text', () => {
		const items = feedItems(plans);
		expect(items.map((i) => i.key).sort()).toEqual(plans.map((p) => p.slug).sort());
		expect(items.every((i) => i.version === null && !Number.isNaN(Date.parse(i.updated)))).toBe(true);
	});

	it('one entry per kept version, keyed by plan and version date, once a plan has several', () => {
		const [first, ...rest] = plans;
		const version = (key: string, date: string, kept = true) => ({ key, status: null, date, file: `${key}.txt`, sha256: '0'.repeat(64), kept });
		const versioned = { ...first!, versions: [version('2020-01-01-draft', '2020-01-01', false), version('2021-03-01-draft', '2021-03-01'), version('2022-05-10-issued', '2022-05-10')] };
		expect(versionsOf(versioned)).toHaveLength(2);
		const items = feedItems([versioned, ...rest]);
		const mine = items.filter((i) => i.plan.slug === first!.slug);
		expect(mine.map((i) => i.key)).toEqual([`${first!.slug}@2022-05-10`, `${first!.slug}@2021-03-01`]);
		expect(mine[0]?.updated).toBe('2022-05-10T00:00:00+08:00');
	});
});
