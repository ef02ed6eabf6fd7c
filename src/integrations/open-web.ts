// Build steps for being found: the sitemap (the official @astrojs/sitemap integration, given the pages
// an incremental build keeps, and zh/en alternates linked in one pass instead of its quadratic i18n
// lookup), and a loud warning when SITE_URL is unset, so nobody publishes placeholder addresses.
import sitemap from '@astrojs/sitemap';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteUrlWarning } from '../lib/build-info.ts';
import { cardStats } from '../lib/cards.ts';
import { twinPaths } from '../lib/views/meta.ts';
import { keptPagePaths } from './incremental.ts';

/** Pages kept out of the sitemap: the search pages (noindex) and the 404 pages. */
export function inSitemap(url: string): boolean {
	const path = new URL(url).pathname;
	return path.endsWith('/') && !/^\/(en\/)?(search|404)\/$/.test(path);
}

/** Every page in `urls` with its zh-CN and en twins, when both are listed (so alternates are always reciprocal). */
export function alternatesOf(urls: readonly string[]): Map<string, { url: string; lang: string }[]> {
	const listed = new Set(urls);
	const out = new Map<string, { url: string; lang: string }[]>();
	for (const url of urls) {
		const u = new URL(url);
		const twins = twinPaths(u.pathname);
		const zh = new URL(twins.zh, u).href;
		const en = new URL(twins.en, u).href;
		if (listed.has(zh) && listed.has(en)) out.set(url, [{ url: zh, lang: 'zh-CN' }, { url: en, lang: 'en' }]);
	}
	return out;
}

/** The sitemap (sitemap-index.xml → sitemap-0.xml …) of every page a search engine should list, with language alternates. */
export function sitemapIntegration(): AstroIntegration {
	let alternates = new Map<string, { url: string; lang: string }[]>();
	const inner = sitemap({
		filter: inSitemap,
		serialize(item) {
			const links = alternates.get(item.url);
			return links ? { ...item, links } : item;
		},
	});
	const done = inner.hooks['astro:build:done'];
	return {
		...inner,
		name: 'plan-portal:sitemap',
		hooks: {
			...inner.hooks,
			'astro:build:done': async (options) => {
				const pages = [...options.pages, ...keptPagePaths().map((pathname) => ({ pathname: pathname.slice(1) }))];
				const seen = new Set<string>();
				const unique = pages.filter((p) => !seen.has(p.pathname.replace(/^\//, '')) && seen.add(p.pathname.replace(/^\//, '')));
				alternates = alternatesOf(unique.map((p) => new URL(p.pathname.replace(/^\//, ''), siteUrl).href));
				await done?.({ ...options, pages: unique });
			},
			'astro:config:done': async (options) => {
				siteUrl = options.config.site ?? '';
				await inner.hooks['astro:config:done']?.(options);
			},
		},
	};
}

let siteUrl = '';

/** Warns, at the start and at the end of a build, when SITE_URL is unset (see siteUrlWarning). */
export function siteUrlIntegration(env: Record<string, string | undefined> = process.env): AstroIntegration {
	const warn = (logger: { warn: (message: string) => void }) => {
		const warning = siteUrlWarning(env);
		if (warning) for (const line of ['!'.repeat(72), ...warning.split('\n'), '!'.repeat(72)]) logger.warn(line);
	};
	return {
		name: 'plan-portal:site-url',
		hooks: {
			'astro:build:start': ({ logger }) => warn(logger),
			'astro:build:done': ({ logger }) => warn(logger),
		},
	};
}

/**
 * Serves the English 404 page as /en/404.html (Astro writes /404.html for the root one only, and
 * en/404/index.html for the English): hosts that look for the nearest 404.html (Cloudflare Pages,
 * Netlify) then answer an unknown /en/ address in English.
 */
export function notFoundIntegration(): AstroIntegration {
	return {
		name: 'plan-portal:not-found',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const out = fileURLToPath(dir);
				const built = join(out, 'en', '404', 'index.html');
				if (!existsSync(built)) return;
				renameSync(built, join(out, 'en', '404.html'));
				rmSync(join(out, 'en', '404'), { recursive: true, force: true });
			},
		},
	};
}

/** Logs what the share cards of a build cost: `share cards: 230 in 4.1 s (17.8 ms each), font subset 0.9 s (405 KB), PNG 3.0 MB`. */
export function cardStatsIntegration(): AstroIntegration {
	return {
		name: 'plan-portal:share-cards',
		hooks: {
			'astro:build:start': () => {
				Object.assign(cardStats, { subsetMs: 0, fontBytes: 0, cards: 0, renderMs: 0, pngBytes: 0 });
			},
			'astro:build:done': ({ logger }) => {
				const c = cardStats;
				if (c.cards > 0) logger.info(`share cards: ${c.cards} in ${(c.renderMs / 1000).toFixed(1)} s (${(c.renderMs / c.cards).toFixed(1)} ms each), font subset ${(c.subsetMs / 1000).toFixed(1)} s (${Math.round(c.fontBytes / 1024)} KB), PNG ${(c.pngBytes / 1024 / 1024).toFixed(1)} MB (${Math.round(c.pngBytes / c.cards / 1024)} KB each)`);
			},
		},
	};
}
