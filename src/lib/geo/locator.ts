// Where a plan's county lies: its city's counties with the county highlighted, and the city within its
// province (as an inset or on its own). Built at build time with d3-geo; static SVG, no client script.
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { type Area, type Areas, cityAreas, provinceAreas } from './data.ts';
import { type Box, type Candidate, labelBox, place } from './labels.ts';
import { PALETTE } from './palette.ts';
import { esc, num, textWidth } from '../svg.ts';
import { type MapLabels, ZH_LABELS, fallback, frame, haloText } from './svg.ts';

type AreaFeature = Feature<Polygon | MultiPolygon, Area>;

export interface LocatorOptions {
	/** GB/T 2260 six-digit code of the plan's county; null or unknown codes get a fallback message. */
	countyCode: string | null;
	width?: number;
	height?: number;
	/** Prefix of the ids `<title>` and `<desc>` get; unique per page. */
	id?: string;
	title?: string;
	/** Text alternative; by default it names the county, its city and how many other counties are shown. */
	summary?: (county: string, others: number) => string;
	labels?: MapLabels;
	/** Draw the province inset (default true). */
	inset?: boolean;
}

export interface LocatorMap {
	svg: string;
	title: string;
	summary: string;
	/** County code drawn highlighted, or null when there is no geometry for it. */
	highlighted: string | null;
	/** The counties drawn, in data order (for a table or list next to the map). */
	counties: Area[];
	/** Same as `counties` (older name). */
	areas: Area[];
}

export interface ProvinceLocatorOptions {
	countyCode: string | null;
	width?: number;
	height?: number;
	id?: string;
	title?: string;
	labels?: MapLabels;
}

export interface ProvinceLocator {
	svg: string;
	title: string;
	summary: string;
	/** Four-digit code of the highlighted city, or null. */
	highlighted: string | null;
	cities: Area[];
}

const LABEL = 12;
const LABEL_HIT = 14;

/** The province's cities in a box, the county's city highlighted. */
function provinceLayer(province: Areas, cityCode: string, box: [[number, number], [number, number]]): string {
	const projection = geoMercator().fitExtent(box, province);
	const path = geoPath(projection).digits(1);
	return province.features
		.map((f) => {
			const hit = f.properties.code === cityCode;
			return `<path d="${path(f) ?? ''}" data-city="${esc(f.properties.code)}"${hit ? ' data-highlight="true"' : ''} fill="${hit ? PALETTE.highlight : PALETTE.other}" stroke="${PALETTE.border}" stroke-width="0.5"><title lang="zh-CN">${esc(f.properties.name)}</title></path>`;
		})
		.join('');
}

/** The county highlighted among its city's counties, with an inset of the city in its province. */
export function locatorMap(opts: LocatorOptions): LocatorMap {
	const { countyCode, width = 560, height = 380 } = opts;
	const labels = opts.labels ?? ZH_LABELS;
	const id = opts.id ?? `locator-${countyCode ?? 'none'}`;
	const city = cityAreas(countyCode);
	const county = city?.features.find((f) => f.properties.code === countyCode);
	if (!city || !county || !countyCode) {
		const title = opts.title ?? `${countyCode ?? '—'}：${labels.noGeometry}`;
		return { svg: fallback({ id, width, height, title, labels }), title, summary: labels.noGeometry, highlighted: null, counties: [], areas: [] };
	}
	const cityName = city.name ?? '';
	const countyName = county.properties.name;
	const province = opts.inset === false ? null : provinceAreas(countyCode);
	const insetSize = province ? Math.round(Math.min(width * 0.3, height * 0.5)) : 0;
	const mapRight = province ? width - insetSize - 20 : width - 8;
	const projection = geoMercator().fitExtent(
		[
			[8, 8],
			[mapRight, height - 8],
		],
		city,
	);
	const path = geoPath(projection).digits(1);
	const parts: string[] = [];
	for (const f of city.features) {
		const hit = f.properties.code === countyCode;
		parts.push(`<path d="${path(f) ?? ''}" data-code="${esc(f.properties.code)}"${hit ? ' data-highlight="true"' : ''} fill="${hit ? PALETTE.highlight : PALETTE.other}" stroke="${PALETTE.border}" stroke-width="1"><title lang="zh-CN">${esc(f.properties.name)}</title></path>`);
	}
	// Labels: the plan's county always (inside if it fits, else beside with a leader line), others where they fit.
	const bounds: Box = { x0: 2, y0: 2, x1: mapRight + 6, y1: height - 2 };
	const credit: Box = { x0: width - 250, y0: height - 46, x1: width, y1: height };
	const taken: Box[] = [credit];
	const [[hx0, hy0], [hx1, hy1]] = path.bounds(county);
	const [hx, hy] = path.centroid(county);
	const hitWidth = textWidth(countyName, LABEL_HIT);
	if (Math.max(hx1 - hx0, hy1 - hy0) < 16) {
		parts.push(`<circle cx="${num(hx)}" cy="${num(hy)}" r="11" fill="none" stroke="${PALETTE.highlight}" stroke-width="2"/>`);
		taken.push({ x0: hx - 12, y0: hy - 12, x1: hx + 12, y1: hy + 12 });
	}
	const fitsInside = hx1 - hx0 >= hitWidth * 0.9 && hy1 - hy0 >= LABEL_HIT * 1.5;
	const around: Candidate[] = [
		{ x: hx1 + 16, y: hy + 5, anchor: 'start' },
		{ x: hx0 - 16, y: hy + 5, anchor: 'end' },
		{ x: hx, y: hy0 - 14, anchor: 'middle' },
		{ x: hx, y: hy1 + 26, anchor: 'middle' },
		{ x: hx1 + 16, y: hy0 - 8, anchor: 'start' },
		{ x: hx0 - 16, y: hy1 + 20, anchor: 'end' },
	];
	const hitSpot = place(fitsInside ? [{ x: hx, y: hy + 5, anchor: 'middle' }, ...around] : around, hitWidth, LABEL_HIT, taken, bounds) ?? { at: around[0] as Candidate, box: labelBox(around[0] as Candidate, hitWidth, LABEL_HIT) };
	taken.push(hitSpot.box);
	const others: string[] = [];
	for (const f of city.features) {
		if (f.properties.code === countyCode) continue;
		const [[x0, y0], [x1, y1]] = path.bounds(f);
		const [x, y] = path.centroid(f);
		const w = textWidth(f.properties.name, LABEL);
		if (x1 - x0 < w * 1.1 || y1 - y0 < LABEL * 1.8) continue;
		const spot = place([{ x, y: y + 4, anchor: 'middle' }], w, LABEL, taken, bounds);
		if (!spot) continue;
		taken.push(spot.box);
		others.push(haloText({ x: spot.at.x, y: spot.at.y, text: f.properties.name, size: LABEL }));
	}
	parts.push(...others);
	if (hitSpot.at.x !== hx || hitSpot.at.y !== hy + 5) {
		const b = hitSpot.box;
		const tx = Math.max(b.x0, Math.min(hx, b.x1));
		const ty = Math.max(b.y0, Math.min(hy, b.y1));
		parts.push(`<line x1="${num(hx)}" y1="${num(hy)}" x2="${num(tx)}" y2="${num(ty)}" stroke="${PALETTE.text}" stroke-width="1"/>`);
	}
	parts.push(haloText({ x: hitSpot.at.x, y: hitSpot.at.y, text: countyName, size: LABEL_HIT, bold: true, anchor: hitSpot.at.anchor }));
	// The inset: the city within its province.
	let provinceName = '';
	if (province) {
		provinceName = province.name ?? '';
		const x0 = width - insetSize - 8;
		parts.push(`<g data-inset="province"><rect x="${x0}" y="8" width="${insetSize}" height="${insetSize}" fill="${PALETTE.background}" stroke="${PALETTE.frame}"/>`);
		parts.push(
			provinceLayer(province, countyCode.slice(0, 4), [
				[x0 + 8, 26],
				[x0 + insetSize - 8, insetSize],
			]),
		);
		parts.push(`<text lang="zh-CN" x="${x0 + 6}" y="22" font-size="11" fill="${PALETTE.text}">${esc(provinceName)}</text></g>`);
	}
	const otherCount = city.features.length - 1;
	const summary = opts.summary
		? opts.summary(countyName, otherCount)
		: `${countyName}（深蓝色）与${cityName || '所在市'}的其他${otherCount}个县（市、区）${province ? `；右上角小图为${cityName || '该市'}在${provinceName || '省'}内的位置` : ''}。`;
	const title = opts.title ?? `${countyName}在${cityName}${provinceName ? `、${provinceName}` : ''}中的位置`;
	const counties = city.features.map((f: AreaFeature) => ({ code: f.properties.code, name: f.properties.name }));
	return { svg: frame({ id, width, height, title, summary, body: parts.join(''), labels }), title, summary, highlighted: countyCode, counties, areas: counties };
}

/** The county's city highlighted among the cities of its province, as a map of its own. */
export function provinceLocator(opts: ProvinceLocatorOptions): ProvinceLocator {
	const { countyCode, width = 320, height = 280 } = opts;
	const labels = opts.labels ?? ZH_LABELS;
	const id = opts.id ?? `province-${countyCode ?? 'none'}`;
	const province = provinceAreas(countyCode);
	const cityCode = countyCode ? countyCode.slice(0, 4) : '';
	const city = province?.features.find((f) => f.properties.code === cityCode);
	if (!province || !city || !countyCode) {
		const title = opts.title ?? `${countyCode ?? '—'}：${labels.noGeometry}`;
		return { svg: fallback({ id, width, height, title, labels }), title, summary: labels.noGeometry, highlighted: null, cities: [] };
	}
	const provinceName = province.name ?? '';
	const body = provinceLayer(province, cityCode, [
		[8, 8],
		[width - 8, height - 46],
	]);
	const summary = `${city.properties.name}（深蓝色）与${provinceName || '所在省'}的其他${province.features.length - 1}个市（州、盟）。`;
	const title = opts.title ?? `${city.properties.name}在${provinceName}中的位置`;
	return { svg: frame({ id, width, height, title, summary, body, labels }), title, summary, highlighted: cityCode, cities: province.features.map((f) => ({ code: f.properties.code, name: f.properties.name })) };
}
