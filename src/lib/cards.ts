// Share pictures (the card a chat app or social site shows for a link): 1200×630 PNGs drawn at build
// time as SVG, rasterised by resvg with Noto Sans SC from npm (@expo-google-fonts/noto-sans-sc, OFL)
// and encoded by sharp as a 16-colour palette PNG (13 KB a card instead of resvg's own 45 KB RGBA PNG,
// and faster than resvg's encoder at its 10 ms: ~4 ms to draw, ~15 ms to encode, measured).
// The 10 MB fonts are cut once per build to the characters every card of the corpus needs (harfbuzz's
// hb-subset through subset-font): resvg then loads ~0.3 MB per card instead of 20 MB (15 ms a card
// instead of 80 ms, measured). The glyphs are the font's own either way, so a card renders the same
// whatever the other plans are.
import { renderAsync } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import subsetFont from 'subset-font';
import type { Indicator, Plan } from '../schema/plan.ts';
import { dict } from './i18n/index.ts';
import { esc, textWidth } from './svg.ts';
import { CARD_SIZE } from './views/meta.ts';
import { targetCount } from './views/targets.ts';

const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const WEIGHTS = { regular: '400Regular/NotoSansSC_400Regular.ttf', bold: '700Bold/NotoSansSC_700Bold.ttf' } as const;
const FAMILY = 'Noto Sans SC';

/** One card's content: the lines it prints, as data (tests read them; {@link cardSvg} draws them). */
export interface Card {
	/** Small line above the headline: the region (plan card) or region and plan title (target card). */
	kicker: string;
	headline: string;
	/** The target as printed and its year label (target cards). */
	value: { text: string; label: string } | null;
	footer: string;
}

/** The card of a plan: region, title, period and counts. */
export function planCard(plan: Plan): Card {
	const region = [plan.region.province, plan.region.city, plan.region.name].filter(Boolean).join(' · ');
	return { kicker: region, headline: plan.title, value: null, footer: `${plan.period.start}—${plan.period.end}年 · ${targetCount(plan)}项指标 · ${plan.counts.projects}个重点项目` };
}

/** The card of a target: its name, its target as printed (with the unit when the text lacks it) and year, its baseline. */
export function targetCard(plan: Plan, indicator: Indicator): Card {
	const t = dict('zh');
	const unit = indicator.unit && !indicator.target.text.includes(indicator.unit) ? indicator.unit : '';
	const value = indicator.target.text ? { text: `${indicator.target.text}${unit}`, label: `${indicator.target.year ? t.share.year(indicator.target.year) : ''}${t.share.target}` } : null;
	// A baseline printed as a dash (or anything without a figure) is no baseline: the card says nothing rather than "-‰".
	const base = indicator.baseline?.text && /\p{Nd}/u.test(indicator.baseline.text) ? indicator.baseline : null;
	const baseline = base ? `${t.share.baseline}${base.year ? ` ${t.share.year(base.year)}` : ''}：${base.text}${base.text.includes(indicator.unit ?? '\0') ? '' : (indicator.unit ?? '')}` : '';
	return { kicker: `${plan.region.name} · ${plan.title}`, headline: indicator.name, value, footer: baseline || `${plan.period.start}—${plan.period.end}年` };
}

/** The card of the pages that are not a plan's or a target's. */
export function siteCard(plans: number): Card {
	const t = dict('zh');
	return { kicker: dict('en').siteName, headline: t.siteName, value: null, footer: `${plans} 份规划 · 全文 · 指标 · 重点项目 · 开放数据` };
}

/** Every character a card may print, for the font subset. */
export function cardText(card: Card): string {
	return [card.kicker, card.headline, card.value?.text ?? '', card.value?.label ?? '', card.footer, dict('zh').siteName, '…'].join('');
}

/** `text` broken into at most `lines` lines of at most `width` px at `size` px; the last ends in … when cut. */
export function wrap(text: string, size: number, width: number, lines: number): string[] {
	const out: string[] = [];
	let line = '';
	const chars = [...text];
	for (let k = 0; k < chars.length; k++) {
		const c = chars[k] as string;
		if (textWidth(line + c, size) > width) {
			if (out.length === lines - 1) {
				while (line && textWidth(`${line}…`, size) > width) line = [...line].slice(0, -1).join('');
				out.push(`${line}…`);
				return out;
			}
			out.push(line);
			line = c.trim() ? c : '';
		} else line += c;
	}
	if (line) out.push(line);
	return out;
}

const INK = '#1b1f24';
const MUTED = '#4d5560';
const ACCENT = '#0b5cad';

/** The SVG of a card (1200×630): site name, kicker, headline, the target in large type, footer. */
export function cardSvg(card: Card): string {
	const { width, height } = CARD_SIZE;
	const x = 80;
	const inner = width - 2 * x;
	const text = (y: number, size: number, fill: string, content: string, weight = 400) => `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(content)}</text>`;
	const parts: string[] = [`<rect width="${width}" height="${height}" fill="#ffffff"/>`, `<rect width="${width}" height="16" fill="${ACCENT}"/>`, `<rect y="${height - 16}" width="${width}" height="16" fill="${ACCENT}"/>`];
	parts.push(text(88, 30, ACCENT, dict('zh').siteName, 700));
	parts.push(text(150, 32, MUTED, wrap(card.kicker, 32, inner, 1)[0] ?? ''));
	if (card.value) {
		// Target: name on up to two lines, then the target as printed in large type above the footer.
		wrap(card.headline, 56, inner, 2).forEach((line, k) => parts.push(text(236 + k * 72, 56, INK, line, 700)));
		const valueSize = Math.min(100, Math.floor(inner / Math.max(1, textWidth(card.value.text, 1))));
		parts.push(text(392, 32, MUTED, card.value.label));
		parts.push(text(500, valueSize, ACCENT, wrap(card.value.text, valueSize, inner, 1)[0] ?? '', 700));
	} else {
		wrap(card.headline, 64, inner, 3).forEach((line, k) => parts.push(text(250 + k * 88, 64, INK, line, 700)));
	}
	parts.push(text(height - 56, 32, MUTED, wrap(card.footer, 32, inner, 1)[0] ?? ''));
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FAMILY}">${parts.join('')}</svg>`;
}

/** The font files of the package, or an error that says what to install. */
function fontPaths(): { regular: string; bold: string } {
	const require = createRequire(import.meta.url);
	let dir: string;
	try {
		dir = join(require.resolve(`${FONT_PACKAGE}/package.json`), '..');
	} catch (error) {
		throw new Error(`Share cards need the CJK font package ${FONT_PACKAGE} (a devDependency): run npm install.`, { cause: error });
	}
	const paths = { regular: join(dir, WEIGHTS.regular), bold: join(dir, WEIGHTS.bold) };
	for (const path of Object.values(paths)) if (!existsSync(path)) throw new Error(`Share cards need ${path} from ${FONT_PACKAGE}; the package is incomplete: run npm install.`);
	return paths;
}

/** Time and bytes spent on share cards in a build. */
export interface CardStats {
	subsetMs: number;
	fontBytes: number;
	cards: number;
	renderMs: number;
	pngBytes: number;
}

/**
 * Time and bytes spent on cards in this process, for the build log (src/integrations/open-web.ts) and
 * `npm run bench`: kept on globalThis, as the routes' bundled copy of this module and the integration's own copy are two modules.
 */
export const cardStats: CardStats = ((globalThis as { planPortalCardStats?: CardStats }).planPortalCardStats ??= { subsetMs: 0, fontBytes: 0, cards: 0, renderMs: 0, pngBytes: 0 });

const subsets = new Map<string, Promise<string[]>>();

/**
 * The two weights cut to the characters of `text` (plus ASCII), written once into `cacheDir` under a
 * digest of the character set; their paths.
 */
export function cardFonts(text: string, cacheDir: string): Promise<string[]> {
	const chars = [...new Set(`${text} !"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_\`abcdefghijklmnopqrstuvwxyz{|}~`)].sort().join('');
	const key = createHash('sha256').update(chars).digest('hex').slice(0, 16);
	let made = subsets.get(key);
	if (!made) {
		made = (async () => {
			const started = performance.now();
			mkdirSync(cacheDir, { recursive: true });
			const out: string[] = [];
			for (const [weight, path] of Object.entries(fontPaths())) {
				const file = join(cacheDir, `noto-sans-sc-${weight}-${key}.ttf`);
				if (!existsSync(file)) {
					const subset = await subsetFont(readFileSync(path), chars, { targetFormat: 'truetype' });
					// Written under a private name, then renamed: a build running beside this one never reads half a file.
					const part = `${file}.${process.pid}.part`;
					writeFileSync(part, subset);
					renameSync(part, file);
				}
				cardStats.fontBytes += readFileSync(file).length;
				out.push(file);
			}
			cardStats.subsetMs += performance.now() - started;
			return out;
		})();
		subsets.set(key, made);
	}
	return made;
}

/** The PNG of a card, rendered with `fonts` (from {@link cardFonts}); no system font is read. */
export async function renderCard(card: Card, fonts: string[]): Promise<Uint8Array> {
	const started = performance.now();
	// Drawn on libuv's thread pool, as sharp encodes: with Astro rendering two pages at once
	// (astro.config.mjs build.concurrency), a card is drawn while the other page renders.
	const image = await renderAsync(cardSvg(card), { font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: FAMILY, sansSerifFamily: FAMILY }, fitTo: { mode: 'original' } });
	const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
		.removeAlpha()
		.png({ palette: true, colors: 16, effort: 1, dither: 0, compressionLevel: 6 })
		.toBuffer();
	cardStats.renderMs += performance.now() - started;
	cardStats.cards += 1;
	cardStats.pngBytes += png.length;
	return new Uint8Array(png);
}

/** Where the font subsets are kept between builds (CARD_CACHE_DIR, else node_modules/.cache/share-cards). */
const CACHE_DIR = process.env.CARD_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'share-cards');

const corpusText = new WeakMap<Plan[], string>();

/** Every character any card of `plans` prints (computed once per plan list). */
function textOf(plans: Plan[]): string {
	let text = corpusText.get(plans);
	if (text === undefined) {
		const chars = new Set<string>();
		const add = (card: Card) => {
			for (const c of cardText(card)) chars.add(c);
		};
		add(siteCard(plans.length));
		for (const plan of plans) {
			add(planCard(plan));
			for (const indicator of plan.indicators) add(targetCard(plan, indicator));
		}
		text = [...chars].join('');
		corpusText.set(plans, text);
	}
	return text;
}

/** The PNG of `card`, one of the cards of `plans` (the whole corpus: its characters make the font subset). */
export async function cardPng(card: Card, plans: Plan[]): Promise<Uint8Array> {
	return await renderCard(card, await cardFonts(textOf(plans), CACHE_DIR));
}
