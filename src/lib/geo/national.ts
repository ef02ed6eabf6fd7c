// The national overview: China's provinces with a linked dot on every plan's county, so a reader sees
// where the plans come from and can open one. Static SVG built with d3-geo.
import { geoBounds, geoCentroid, geoConicEqualArea, geoPath } from 'd3-geo';
import type { Feature, MultiPoint } from 'geojson';
import { chinaAreas, cityAreas, southSea } from './data.ts';
import { type Box, type Candidate, place } from './labels.ts';
import { PALETTE } from './palette.ts';
import { esc, num, textWidth } from '../svg.ts';
import { type MapLabels, ZH_LABELS, fallback, frame } from './svg.ts';

export interface NationalPlan {
	/** GB/T 2260 six-digit county code; plans without geometry are left off the map (see `placed`). */
	code: string | null;
	/** Label next to the dot. */
	name: string;
	href: string;
}

export interface NationalOptions {
	plans: NationalPlan[];
	width?: number;
	height?: number;
	id?: string;
	title?: string;
	summary?: string;
	labels?: MapLabels;
}

export interface NationalMap {
	svg: string;
	title: string;
	summary: string;
	/** Codes of the plans drawn, in input order. */
	placed: string[];
}

const SIZE = 13;
/** The inset's frame on the globe: the South China Sea down to 曾母暗沙. */
const SEA: [number, number][] = [
	[106, 24],
	[123, 24],
	[106, 3],
	[123, 3],
];

/** China's provinces with a dot and a link for each plan's county. */
export function nationalMap(opts: NationalOptions): NationalMap {
	const { width = 720, height = 560 } = opts;
	const labels = opts.labels ?? ZH_LABELS;
	const id = opts.id ?? 'china';
	const title = opts.title ?? '各规划所在地';
	const china = chinaAreas();
	if (!china) return { svg: fallback({ id, width, height, title, labels }), title, summary: labels.noGeometry, placed: [] };
	// The South China Sea inset goes bottom right, in open sea; the main map shrinks until Taiwan clears it.
	const islands = southSea();
	const iw = Math.round(width * 0.14);
	const ih = Math.round(height * 0.24);
	const ix = width - iw - 8;
	const iy = height - ih - 8;
	const taiwan = china.features.find((f) => f.properties.code === '71');
	const fit = (right: number) =>
		geoConicEqualArea()
			.parallels([25, 47])
			.rotate([-105, 0])
			.fitExtent(
				[
					[10, 10],
					[right, height - 10],
				],
				china,
			);
	let projection = fit(width - 10);
	for (let right = width - 10; islands && taiwan && right > width * 0.75; right -= width * 0.02) {
		projection = fit(right);
		const [[, ty0], [tx1]] = geoPath(projection).bounds(taiwan);
		if (tx1 < ix - 6 || ty0 > iy + ih) break;
	}
	const path = geoPath(projection).digits(1);
	const parts = china.features.map((f) => `<path d="${path(f) ?? ''}" data-province="${esc(f.properties.code)}" fill="${PALETTE.other}" stroke="${PALETTE.border}" stroke-width="0.7"><title lang="zh-CN">${esc(f.properties.name)}</title></path>`);
	const inset: Box = { x0: ix, y0: iy, x1: ix + iw, y1: iy + ih };
	if (islands) {
		const frameShape: Feature<MultiPoint> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: SEA } };
		const p = geoConicEqualArea()
			.parallels([25, 47])
			.rotate([-105, 0])
			.fitExtent(
				[
					[ix + 4, iy + 4],
					[ix + iw - 4, iy + ih - 4],
				],
				frameShape,
			);
		const ip = geoPath(p).digits(1);
		const near = china.features.filter((f) => {
			const [[x0, y0], [x1, y1]] = geoBounds(f);
			return x1 > 106 && x0 < 123 && y0 < 24 && y1 > 3;
		});
		parts.push(`<clipPath id="${esc(id)}-sea"><rect x="${ix}" y="${iy}" width="${iw}" height="${ih}"/></clipPath>`);
		parts.push(`<g data-inset="south-sea"><rect x="${ix}" y="${iy}" width="${iw}" height="${ih}" fill="${PALETTE.background}" stroke="${PALETTE.frame}"/><g clip-path="url(#${esc(id)}-sea)">`);
		for (const f of near) parts.push(`<path d="${ip(f) ?? ''}" fill="${PALETTE.other}" stroke="${PALETTE.border}" stroke-width="0.5"/>`);
		for (const f of islands.features) {
			for (const c of f.geometry.coordinates) {
				const xy = p([c[0] as number, c[1] as number]);
				if (xy) parts.push(`<circle cx="${num(xy[0])}" cy="${num(xy[1])}" r="1.2" fill="${PALETTE.muted}"/>`);
			}
		}
		parts.push(`</g><text lang="zh-CN" x="${num(ix + iw - 5)}" y="${num(iy + ih - 6)}" text-anchor="end" font-size="11" fill="${PALETTE.text}">南海诸岛</text></g>`);
	}

	// Plan dots; labels avoid other dots, the inset and earlier labels.
	const dots = opts.plans.flatMap((plan) => {
		const county = plan.code ? cityAreas(plan.code)?.features.find((f) => f.properties.code === plan.code) : undefined;
		const xy = county ? projection(geoCentroid(county)) : null;
		return county && plan.code && xy ? [{ plan, code: plan.code, x: xy[0], y: xy[1] }] : [];
	});
	const bounds: Box = { x0: 2, y0: 2, x1: width - 2, y1: height - 2 };
	const credit: Box = { x0: 0, y0: height - 46, x1: 250, y1: height };
	const taken: Box[] = [credit, ...(islands ? [inset] : []), ...dots.map((d) => ({ x0: d.x - 7, x1: d.x + 7, y0: d.y - 7, y1: d.y + 7 }))];
	for (const { plan, code, x, y } of dots) {
		const w = textWidth(plan.name, SIZE);
		const candidates: Candidate[] = [
			{ x: x + 9, y: y + 5, anchor: 'start' },
			{ x: x - 9, y: y + 5, anchor: 'end' },
			{ x: x + 9, y: y + 19, anchor: 'start' },
			{ x: x - 9, y: y - 9, anchor: 'end' },
			{ x: x + 9, y: y - 9, anchor: 'start' },
			{ x: x - 9, y: y + 19, anchor: 'end' },
			{ x, y: y - 11, anchor: 'middle' },
			{ x, y: y + 22, anchor: 'middle' },
		];
		const spot = place(candidates, w, SIZE, taken, bounds);
		const at = spot?.at ?? (candidates[0] as Candidate);
		if (spot) taken.push(spot.box);
		parts.push(`<a href="${esc(plan.href)}" data-code="${esc(code)}"><circle cx="${num(x)}" cy="${num(y)}" r="6" fill="${PALETTE.highlight}" stroke="${PALETTE.background}" stroke-width="2"/><text lang="zh-CN" x="${num(at.x)}" y="${num(at.y)}" text-anchor="${at.anchor}" font-size="${SIZE}" fill="${PALETTE.text}" stroke="${PALETTE.background}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${esc(plan.name)}</text></a>`);
	}
	const placed = dots.map((d) => d.code);
	const summary = opts.summary ?? `中国地图上标出了${placed.length}份规划所在的县（区）：${dots.map((d) => d.plan.name).join('、')}。点击地名进入规划。`;
	return { svg: frame({ id, width, height, title, summary, body: parts.join(''), labels, credit: 'bottom-left', interactive: true }), title, summary, placed };
}
