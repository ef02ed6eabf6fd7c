// The county's health service network as a radial schematic: county-level institutions at the centre,
// one node per town or street around them, and what the plan names in a town drawn at its node.
// Positions are not geography: towns have no outlines in the data, and the picture says so.
import { PALETTE } from './palette.ts';
import { esc, num, textWidth } from '../svg.ts';

export interface NetworkNode {
	code: string;
	name: string;
	/** Named institutions and projects of the plan placed at this town by the text. */
	attached: string[];
}

export interface NetworkOptions {
	countyName: string;
	/** The county's towns and streets from the division list (see `townsOf`), in code order. */
	towns: { code: string; name: string }[];
	/** County-level institutions named by the plan, drawn at the centre. */
	countyInstitutions: string[];
	/** What the plan places in a town, matched by name within this county's list only. */
	attachments: { town: string; label: string }[];
	/** Number of village clinics the plan reports, if any (noted, not drawn one by one). */
	villageClinics?: number | null;
	id?: string;
	title?: string;
	/** Note drawn in the SVG; "网络示意图" is always drawn with it. */
	schematicNote?: string;
	/** Minimum width; the drawing widens to fit long names. */
	width?: number;
	summary?: (towns: number, named: string[], institutions: number) => string;
	/** Last line of the centre box, e.g. "4个县级机构". */
	centre?: (institutions: number) => string;
	legend?: { named: string; other: string; villages: (n: number) => string };
}

export interface NetworkOutput {
	svg: string;
	title: string;
	summary: string;
	/** One row per town or street, in the input order: the plain data behind the picture, for a table. */
	nodes: NetworkNode[];
	/** County-level institutions, as drawn at the centre. */
	centre: string[];
	/** Attachments whose town is not in this county's official list (kept, listed, not drawn). */
	unplaced: { town: string; label: string }[];
}

const NOTE = '网络示意图';
const ROW = 20;
const FONT = 12;
const SHOWN = 5;
const ZH_LEGEND = { named: '规划点名了机构或项目的乡镇（街道）', other: '其他乡镇（街道）', villages: (n: number) => `另有村卫生室${n}个，未逐一绘出` };

/** Loose match of a town named in the text to the official list: 南辛庄 ↔ 南辛庄街道, 绥东镇 ↔ 绥东镇. */
export function sameTown(official: string, named: string): boolean {
	const core = (s: string) => s.trim().replace(/(街道办事处|办事处|街道|镇|乡)$/, '');
	return official === named || (core(named).length >= 2 && core(official) === core(named));
}

const clip = (text: string, max: number) => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);

/** The service network as an SVG schematic plus the rows behind it. */
export function serviceNetwork(opts: NetworkOptions): NetworkOutput {
	const id = opts.id ?? 'network';
	const legend = opts.legend ?? ZH_LEGEND;
	const nodes: NetworkNode[] = opts.towns.map((t) => ({ code: t.code, name: t.name, attached: opts.attachments.filter((a) => sameTown(t.name, a.town)).map((a) => a.label) }));
	const unplaced = opts.attachments.filter((a) => !opts.towns.some((t) => sameTown(t.name, a.town)));
	const centre = [...new Set(opts.countyInstitutions)];
	const title = opts.title ?? `${opts.countyName}医疗卫生服务网络示意`;
	const named = nodes.filter((x) => x.attached.length > 0);
	const summary = opts.summary
		? opts.summary(nodes.length, named.map((x) => x.name), centre.length)
		: `${opts.countyName}共${nodes.length}个乡镇（街道），规划文本在其中${named.length}个点名了机构或项目${named.length ? `：${named.map((x) => x.name).join('、')}` : ''}；中心为县级机构（${centre.length}个）。`;

	// Towns clockwise from the top: the right half top to bottom, then the left half bottom to top, one row each.
	const n = nodes.length;
	const rightCount = Math.ceil(n / 2);
	const leftCount = n - rightCount;
	const centreLines = [opts.countyName, ...centre.slice(0, SHOWN).map((c) => clip(c, 14)), ...(centre.length > SHOWN || opts.centre ? [opts.centre ? opts.centre(centre.length) : `共${centre.length}个县级机构`] : [])];
	const boxW = Math.max(...centreLines.map((l, k) => textWidth(l, k === 0 ? 14 : 11))) + 20;
	const boxH = centreLines.length * 15 + 14;
	// Room for a row per town on each side, and for the centre box with spokes visible around it.
	const radius = Math.max(120, (rightCount * ROW) / 2 + 12, Math.hypot(boxW / 2, boxH / 2) + 36);
	const label = (node: NetworkNode) => (node.attached.length === 0 ? '' : `：${clip(node.attached[0] as string, 16)}${node.attached.length > 1 ? ` 等${node.attached.length}项` : ''}`);
	const widthOf = (node: NetworkNode) => textWidth(node.name, FONT) + textWidth(label(node), FONT);
	const side = Math.max(60, ...nodes.map(widthOf)) + 22;
	const width = Math.round(Math.max(opts.width ?? 640, 2 * (radius + side) + 24));
	const cx = width / 2;
	const cy = radius + 20;
	const height = Math.round(cy + radius + 20 + 62);
	const parts: string[] = [];
	const positions = nodes.map((_, k) => {
		const right = k < rightCount;
		const slot = right ? k : k - rightCount;
		const count = right ? rightCount : leftCount;
		const step = (2 * radius) / Math.max(count, 1);
		const y = right ? cy - radius + (slot + 0.5) * step : cy + radius - (slot + 0.5) * step;
		const dx = Math.sqrt(Math.max(radius * radius - (y - cy) * (y - cy), 0));
		return { x: right ? cx + Math.max(dx, 24) : cx - Math.max(dx, 24), y, right };
	});
	nodes.forEach((node, k) => {
		const { x, y } = positions[k] as { x: number; y: number };
		const has = node.attached.length > 0;
		parts.push(`<line x1="${num(cx)}" y1="${num(cy)}" x2="${num(x)}" y2="${num(y)}" stroke="${has ? PALETTE.highlight : PALETTE.frame}" stroke-width="${has ? 1.5 : 1}"/>`);
	});
	parts.push(`<rect x="${num(cx - boxW / 2)}" y="${num(cy - boxH / 2)}" width="${num(boxW)}" height="${num(boxH)}" rx="8" fill="${PALETTE.highlight}"/>`);
	centreLines.forEach((line, k) => {
		parts.push(`<text lang="zh-CN" x="${num(cx)}" y="${num(cy - boxH / 2 + 21 + k * 15)}" text-anchor="middle" font-size="${k === 0 ? 14 : 11}"${k === 0 ? ' font-weight="700"' : ''} fill="${PALETTE.background}">${esc(line)}</text>`);
	});
	nodes.forEach((node, k) => {
		const { x, y, right } = positions[k] as { x: number; y: number; right: boolean };
		const has = node.attached.length > 0;
		const tip = `${node.name}${has ? `：${node.attached.join('、')}` : ''}`;
		parts.push(
			`<g data-town="${esc(node.code)}"${has ? ' data-attached="true"' : ''} lang="zh-CN"><title>${esc(tip)}</title><circle cx="${num(x)}" cy="${num(y)}" r="${has ? 7 : 5}" fill="${has ? PALETTE.highlight : PALETTE.background}" stroke="${PALETTE.highlight}" stroke-width="2"/><text x="${num(x + (right ? 11 : -11))}" y="${num(y + 4)}" text-anchor="${right ? 'start' : 'end'}" font-size="${FONT}" fill="${PALETTE.text}"${has ? ' font-weight="700"' : ''}>${esc(node.name)}${has ? `<tspan fill="${PALETTE.highlight}" font-weight="400">${esc(label(node))}</tspan>` : ''}</text></g>`,
		);
	});
	// Legend and notes.
	const ly = height - 50;
	parts.push(`<circle cx="14" cy="${ly}" r="6" fill="${PALETTE.highlight}"/><text x="26" y="${ly + 4}" font-size="11" fill="${PALETTE.text}">${esc(legend.named)}</text>`);
	parts.push(`<circle cx="14" cy="${ly + 18}" r="5" fill="${PALETTE.background}" stroke="${PALETTE.highlight}" stroke-width="2"/><text x="26" y="${ly + 22}" font-size="11" fill="${PALETTE.text}">${esc(legend.other)}</text>`);
	if (typeof opts.villageClinics === 'number') parts.push(`<text x="8" y="${ly + 40}" font-size="11" fill="${PALETTE.text}">${esc(legend.villages(opts.villageClinics))}</text>`);
	// "网络示意图" is always drawn; next to another language it is marked as Chinese.
	const rest = (opts.schematicNote ?? '').replace(NOTE, '').replace(/^[\s·：:]+/, '');
	const note = !rest ? esc(`${NOTE}：位置不代表地理方位`) : /[\u4e00-\u9fff]/.test(rest) ? esc(`${NOTE}：${rest}`) : `<tspan lang="zh-CN">${NOTE}</tspan> · ${esc(rest)}`;
	parts.push(`<text x="${width - 8}" y="${height - 8}" text-anchor="end" font-size="11" fill="${PALETTE.muted}">${note}</text>`);
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${esc(id)}-t ${esc(id)}-d" font-family="system-ui, 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"><title id="${esc(id)}-t">${esc(title)}</title><desc id="${esc(id)}-d">${esc(summary)}</desc><rect width="${width}" height="${height}" fill="${PALETTE.background}"/>${parts.join('')}</svg>`;
	return { svg, title, summary, nodes, centre, unplaced };
}
