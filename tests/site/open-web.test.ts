// Being found and shared (issue 24): robots.txt, the sitemap, the 404 pages, the head of every page
// (Open Graph, Twitter, canonical, feeds), the share pictures, the feeds, and a build that says where
// its addresses point. Read from the real build (tests/site/global-setup.ts).
import { DOMParser } from '@xmldom/xmldom';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { PLACEHOLDER_SITE, siteUrlWarning } from '../../src/lib/build-info.ts';
import { dict } from '../../src/lib/i18n/index.ts';
import { siteUrlIntegration } from '../../src/integrations/open-web.ts';
import { seedFiles } from '../helpers/seeds.ts';

const dist = () => inject('dist');
const read = (path: string) => readFileSync(join(dist(), path), 'utf8');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** Every built page: URL path (`/plans/x/`, `/404.html`) → its HTML. */
function pages(): Map<string, string> {
	const out = new Map<string, string>();
	for (const file of htmlFiles(dist())) out.set(`/${relative(dist(), file).replace(/index\.html$/, '')}`, readFileSync(file, 'utf8'));
	return out;
}

const headOf = (html: string) => html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
const attr = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
/** `<meta property|name="key" content="…">` values in a head. */
const metas = (head: string, key: string) => [...head.matchAll(new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`, 'g'))].map((m) => attr(m[1] as string));
const meta = (head: string, key: string) => metas(head, key)[0];
const titleOf = (html: string) => attr(/<title>([^<]*)<\/title>/.exec(headOf(html))?.[1] ?? '');
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(headOf(html))?.[1];

/** The kinds of page, each with one example path per language. */
const PAGE_TYPES = {
	home: ['/', '/en/'],
	planList: ['/plans/', '/en/plans/'],
	plan: ['/plans/yongqiao/', '/en/plans/yongqiao/'],
	target: ['/plans/yongqiao/indicators/infant-mortality/', '/en/plans/yongqiao/indicators/infant-mortality/'],
	compare: ['/indicators/infant-mortality/', '/en/indicators/infant-mortality/'],
	indicators: ['/indicators/', '/en/indicators/'],
	projects: ['/projects/', '/en/projects/'],
	search: ['/search/', '/en/search/'],
	data: ['/data/', '/en/data/'],
	notFound: ['/404.html', '/en/404.html'],
} as const;

describe('robots.txt and the sitemap', () => {
	it('robots.txt lets every crawler in and names the sitemap by its absolute address', () => {
		const robots = read('robots.txt');
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).not.toMatch(/^Disallow: \/\S/m);
		expect(robots).toContain(`Sitemap: ${PLACEHOLDER_SITE}/sitemap-index.xml`);
		expect(existsSync(join(dist(), 'sitemap-index.xml'))).toBe(true);
	});

	it('lists every built page once (not search, not 404), each with reciprocal zh-CN/en alternates', () => {
		const parser = new DOMParser();
		const index = parser.parseFromString(read('sitemap-index.xml'), 'text/xml');
		const maps = [...index.getElementsByTagName('loc')].map((n) => new URL(n.textContent ?? '').pathname.slice(1));
		expect(maps.length).toBeGreaterThan(0);
		const listed = new Map<string, Map<string, string>>();
		const seen: string[] = [];
		for (const map of maps) {
			const doc = parser.parseFromString(read(map), 'text/xml');
			for (const url of [...doc.getElementsByTagName('url')]) {
				const loc = url.getElementsByTagName('loc')[0]?.textContent ?? '';
				seen.push(loc);
				const links = new Map([...url.getElementsByTagName('xhtml:link')].map((l) => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? '']));
				listed.set(loc, links);
			}
		}
		expect(seen.length).toBe(new Set(seen).size);
		const expected = [...pages().keys()].filter((p) => p.endsWith('/') && !/^\/(en\/)?search\/$/.test(p)).map((p) => `${PLACEHOLDER_SITE}${p}`);
		expect([...listed.keys()].sort()).toEqual(expected.sort());
		for (const [loc, links] of listed) {
			expect([...links.keys()].sort(), loc).toEqual(['en', 'zh-CN']);
			expect([...links.values()], loc).toContain(loc);
			for (const href of links.values()) expect(listed.get(href), `${loc} → ${href}`).toEqual(links);
		}
		expect(listed.has(`${PLACEHOLDER_SITE}/plans/yongqiao/indicators/infant-mortality/`)).toBe(true);
	});
});

describe('404 pages in both languages', () => {
	for (const [locale, path, search] of [['zh', '404.html', '/search/'], ['en', 'en/404.html', '/en/search/']] as const) {
		it(`${path}: ${locale}, kept out of search engines, with a search box and links into the portal`, () => {
			const html = read(path);
			const t = dict(locale);
			expect(html).toContain(`<html lang="${t.htmlLang}"`);
			expect(meta(headOf(html), 'robots')).toBe('noindex');
			expect(html).toContain(t.notFound.title);
			expect(html).toMatch(new RegExp(`<form[^>]*action="${search}"[^>]*>[^]*?<input[^>]*name="q"`));
			for (const href of [locale === 'zh' ? '/' : '/en/', locale === 'zh' ? '/data/' : '/en/data/', locale === 'zh' ? '/indicators/' : '/en/indicators/']) expect(html).toContain(`href="${href}"`);
			expect(html).toContain(`href="${locale === 'zh' ? '/en/404.html' : '/404.html'}"`);
		});
	}
	it('no 404 page is left at /en/404/', () => {
		expect(existsSync(join(dist(), 'en', '404'))).toBe(false);
	});
});

describe('search pages', () => {
	for (const [path, action] of [['search/index.html', '/search/'], ['en/search/index.html', '/en/search/']] as const) {
		it(`${path}: noindex, and the form names where it goes (no empty action)`, () => {
			const html = read(path);
			expect(meta(headOf(html), 'robots')).toBe('noindex');
			expect(html).not.toContain('action=""');
			expect(html).toMatch(new RegExp(`<form id="search-form"[^>]*action="${action}"`));
		});
	}
});

describe('the head of every page', () => {
	it('every page type carries Open Graph and Twitter tags: title, description, canonical URL, locale, site name, a picture that exists', () => {
		const all = pages();
		for (const [type, paths] of Object.entries(PAGE_TYPES)) {
			for (const path of paths) {
				const html = all.get(path);
				expect(html, `${type} ${path}`).toBeDefined();
				const head = headOf(html as string);
				const locale = path.startsWith('/en/') ? 'en' : 'zh';
				const t = dict(locale);
				const where = `${type} ${path}`;
				expect(meta(head, 'og:title'), where).toBe(titleOf(html as string));
				expect(meta(head, 'twitter:title'), where).toBe(titleOf(html as string));
				expect(meta(head, 'og:description'), where).toBe(meta(head, 'description'));
				expect(meta(head, 'twitter:description'), where).toBe(meta(head, 'description'));
				expect(meta(head, 'og:url'), where).toBe(canonicalOf(html as string));
				expect(meta(head, 'og:locale'), where).toBe(locale === 'zh' ? 'zh_CN' : 'en_US');
				expect(meta(head, 'og:locale:alternate'), where).toBe(locale === 'zh' ? 'en_US' : 'zh_CN');
				expect(meta(head, 'og:site_name'), where).toBe(t.siteName);
				expect(meta(head, 'og:type'), where).toBe(type === 'plan' || type === 'target' ? 'article' : 'website');
				expect(meta(head, 'twitter:card'), where).toBe('summary_large_image');
				const image = meta(head, 'og:image') as string;
				expect(image.startsWith(`${PLACEHOLDER_SITE}/`), where).toBe(true);
				expect(meta(head, 'twitter:image'), where).toBe(image);
				expect(existsSync(join(dist(), new URL(image).pathname)), `${where}: ${image}`).toBe(true);
				expect(meta(head, 'og:image:width'), where).toBe('1200');
				expect(meta(head, 'og:image:height'), where).toBe('630');
				expect(meta(head, 'og:image:alt')?.length, where).toBeGreaterThan(5);
				if (type === 'plan' || type === 'target') expect(image, where).toMatch(/\/plans\/yongqiao\/.*card\.png$/);
			}
		}
	});

	it('every page links both Atom feeds by absolute address', () => {
		for (const [path, html] of pages()) {
			const feeds = [...headOf(html).matchAll(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
			expect(feeds, path).toEqual([`${PLACEHOLDER_SITE}/feed.xml`, `${PLACEHOLDER_SITE}/en/feed.xml`]);
		}
	});

	it('no two pages share a title or a description', () => {
		const titles = new Map<string, string[]>();
		const descriptions = new Map<string, string[]>();
		for (const [path, html] of pages()) {
			const head = headOf(html);
			// An address published before ids were lasting shows its target and names the target's address as
			// canonical: a declared duplicate, not a second page with that title.
			if (canonicalOf(html) && !canonicalOf(html)?.endsWith(path)) continue;
			titles.set(titleOf(html), [...(titles.get(titleOf(html)) ?? []), path]);
			const description = meta(head, 'description') ?? '';
			descriptions.set(description, [...(descriptions.get(description) ?? []), path]);
		}
		expect([...titles].filter(([, paths]) => paths.length > 1)).toEqual([]);
		expect([...descriptions].filter(([, paths]) => paths.length > 1)).toEqual([]);
	});

	it('target pages that share a name are told apart by what the target is, never by a line number', () => {
		// changle-weifang states 居民健康素养水平 30%以上 in its goals and again in its text: the section tells them apart.
		const all = pages();
		// Their old addresses (health-literacy-l397, health-literacy-l32-2) show them under their lasting ids.
		const lasting = (old: string) => canonicalOf(all.get(`/plans/changle-weifang/indicators/${old}/`) ?? '')?.replace(/^https?:\/\/[^/]+/, '') ?? '';
		const a = titleOf(all.get(lasting('health-literacy-l397')) ?? '');
		const b = titleOf(all.get(lasting('health-literacy-l32-2')) ?? '');
		expect(lasting('health-literacy-l397')).not.toBe(lasting('health-literacy-l32-2'));
		expect(a).not.toBe(b);
		for (const title of [a, b]) {
			expect(title).toMatch(/^居民健康素养水平（/);
			expect(title).not.toMatch(/第\s*\d+\s*行|l\d+|line/i);
		}
	});
});

/** Width, height and the count of dark pixels (text) inside a band of rows of a PNG. */
async function inkIn(png: Buffer, top: number, bottom: number): Promise<{ width: number; height: number; ink: number }> {
	const { data, info } = await sharp(png).removeAlpha().greyscale().raw().toBuffer({ resolveWithObject: true });
	let ink = 0;
	for (let y = top; y < bottom; y++) for (let x = 0; x < info.width; x++) if ((data[y * info.width + x] as number) < 128) ink++;
	return { width: info.width, height: info.height, ink };
}

describe('share pictures', () => {
	it('every plan and every target has a 1200×630 PNG card; the headline band holds the Chinese title in ink', async () => {
		const plans = JSON.parse(read('data/plans.json')) as { slug: string; title: string }[];
		const targets = JSON.parse(read('data/indicators.json')) as { plan: string; id: string }[];
		expect(plans).toHaveLength(seedFiles().length);
		const files = [...plans.map((p) => `plans/${p.slug}/card.png`), ...targets.map((t) => `plans/${t.plan}/indicators/${t.id}/card.png`), 'card.png'];
		for (const file of files) {
			const png = readFileSync(join(dist(), file));
			expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), file).toBe(true);
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1200, 630]);
		}
		// The title of a plan card is drawn (Noto Sans SC): ink in its band, as much as its characters need.
		// Without a CJK font resvg draws nothing for Chinese text, and the band stays white.
		for (const plan of plans) {
			const { ink } = await inkIn(readFileSync(join(dist(), `plans/${plan.slug}/card.png`)), 180, 280);
			expect(ink, plan.slug).toBeGreaterThan(Math.min(plan.title.length, 16) * 300);
		}
	});
});

describe('Atom feeds', () => {
	const ATOM = 'http://www.w3.org/2005/Atom';
	const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
	for (const [locale, file] of [['zh', 'feed.xml'], ['en', 'en/feed.xml']] as const) {
		it(`${file} is Atom 1.0 (RFC 4287): feed and entries with id, title, updated and links; one entry per plan`, () => {
			const errors: string[] = [];
			const doc = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(read(file), 'text/xml');
			expect(errors).toEqual([]);
			const feed = doc.documentElement as unknown as Element;
			expect(feed.localName).toBe('feed');
			expect(feed.namespaceURI).toBe(ATOM);
			expect(feed.getAttribute('xml:lang')).toBe(dict(locale).htmlLang);
			const child = (el: Element, name: string) => [...el.childNodes].filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === ATOM);
			for (const name of ['id', 'title', 'updated', 'author']) expect(child(feed, name), name).toHaveLength(1);
			expect(child(feed, 'updated')[0]?.textContent).toMatch(RFC3339);
			expect(child(feed, 'link').map((l) => `${l.getAttribute('rel')} ${l.getAttribute('href')}`)).toContain(`self ${PLACEHOLDER_SITE}/${file}`);
			const entries = child(feed, 'entry');
			expect(entries).toHaveLength(seedFiles().length);
			const ids = entries.map((e) => child(e, 'id')[0]?.textContent);
			expect(new Set(ids).size).toBe(entries.length);
			for (const entry of entries) {
				expect(child(entry, 'title')[0]?.textContent?.length).toBeGreaterThan(0);
				expect(child(entry, 'updated')[0]?.textContent).toMatch(RFC3339);
				const alternate = child(entry, 'link').find((l) => l.getAttribute('rel') === 'alternate');
				expect(alternate?.getAttribute('href')).toMatch(new RegExp(`^${PLACEHOLDER_SITE}${locale === 'en' ? '/en' : ''}/plans/[a-z0-9-]+/$`));
				expect(child(entry, 'summary')[0]?.textContent?.length).toBeGreaterThan(0);
			}
			// Entry ids do not depend on the language: the same plan is the same entry in both feeds.
			expect(ids.every((id) => /\/plans\/[a-z0-9-]+\/$/.test(id ?? '') && !id?.includes('/en/'))).toBe(true);
		});
	}
});

describe('a build without SITE_URL says where its addresses point', () => {
	it('warns at the start and the end of a build when SITE_URL is unset, naming the placeholder; says nothing when it is set', () => {
		const hooks = siteUrlIntegration({}).hooks;
		const warnings: string[] = [];
		const logger = { warn: (m: string) => void warnings.push(m) } as never;
		(hooks['astro:build:start'] as (o: unknown) => void)({ logger });
		(hooks['astro:build:done'] as (o: unknown) => void)({ logger });
		expect(warnings.filter((w) => w.includes('SITE_URL is not set') && w.includes(PLACEHOLDER_SITE))).toHaveLength(2);
		const quiet: string[] = [];
		(siteUrlIntegration({ SITE_URL: 'https://plans.example.cn' }).hooks['astro:build:start'] as (o: unknown) => void)({ logger: { warn: (m: string) => void quiet.push(m) } });
		expect(quiet).toEqual([]);
		expect(siteUrlWarning({ SITE_URL: 'https://plans.example.cn' })).toBeUndefined();
	});
	it('the README says so', () => {
		expect(readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8')).toMatch(/without `SITE_URL`[^\n]*warn/i);
	});
});

describe('valid HTML', () => {
	it('html-validate (its standard rules: the HTML standard, no style rules) reports no error on any page type in either language, nor on the hostile plan’s pages', async () => {
		const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
		const files = [
			...Object.values(PAGE_TYPES).flatMap((paths) => paths.map((p) => join(dist(), p.endsWith('/') ? `${p}index.html` : p))),
			...['plans/zz-hostile/index.html', 'en/plans/zz-hostile/index.html'].map((p) => join(inject('hostileDist'), p)),
		];
		const problems: string[] = [];
		for (const file of files) {
			expect(existsSync(file), file).toBe(true);
			const report = await validator.validateFile(file);
			for (const result of report.results) for (const m of result.messages) problems.push(`${relative(dist(), file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
		expect(problems).toEqual([]);
		// The validator does catch what this site once had: an empty form action.
		const broken = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><form action="" method="get"><button>Go</button></form></body></html>');
		expect(broken.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('attribute-allowed-values');
	});
});
