// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { incrementalIntegration } from './src/integrations/incremental.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { cardStatsIntegration, notFoundIntegration, sitemapIntegration, siteUrlIntegration } from './src/integrations/open-web.ts';
import { PLACEHOLDER_SITE } from './src/lib/build-info.ts';

// Where the site is published; canonical links, hreflang, the sitemap, feeds, share cards and data `url`s use it.
// Unset, every address points at a placeholder, and the build says so (siteUrlIntegration).
const site = process.env.SITE_URL ?? PLACEHOLDER_SITE;

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Two pages at once: a share card is drawn and encoded on libuv's thread pool (src/lib/cards.ts)
	// while the other page renders. BUILD_CONCURRENCY=1 renders one page at a time.
	build: { format: 'directory', concurrency: Number(process.env.BUILD_CONCURRENCY) || 2 },
	markdown: {
		// The remark pipeline (not Astro 7's default Sätteri) so remark-cjk-friendly runs on .mdx too:
		// `**——人民健康水平显著提高。**2020年…` only bolds with it. Smartypants would rewrite the
		// plan's own quotation marks and GFM would autolink text; plan text must render as printed.
		processor: unified({ remarkPlugins: [remarkCjkFriendly], smartypants: false, gfm: false }),
	},
	// Keep every script an external file so the Content-Security-Policy needs no inline script.
	vite: { build: { assetsInlineLimit: 0 } },
	// incremental last: it records a build as complete only after every other build:done hook ran.
	integrations: [siteUrlIntegration(), cardStatsIntegration(), mdx(), sitemapIntegration(), notFoundIntegration(), pagefindIntegration(), incrementalIntegration(process.env.PLAN_CONTENT_DIR ?? './content/plans')],
});
