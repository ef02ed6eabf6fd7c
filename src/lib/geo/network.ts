import { esc, r } from '../charts/svg.ts';

export interface NetworkNode {
	code: string;
	name: string;
	/** Named institutions and projects of the plan placed at this town by the text. */
	attached: string[];
}

export interface NetworkOutput {
	svg: string;
	summary: string;
	nodes: NetworkNode[];
	/** Attachments whose town is not in this county's official list (kept, listed, not drawn). */
	unplaced: { town: string; label: string }[];
}

/** Loose match of a town named in the text to the official list: 南辛庄街道 ↔ 南辛庄街道办事处, 营市街街道 ↔ 营市街街道. */
function sameTown(official: string, named: string): boolean {
	const core = (s: string) => s.replace(/(街道办事处|街道|镇|乡|办事处)$/, '');
	return official === named || core(official) === core(named);
}

/**
 * The county's service network as a schematic: county-level institutions at the centre, one node
 * per town or street around it. Positions are not geography.
 */
export function serviceNetwork(opts: { id?: string; countyName: string; towns: { code: string; name: string }[]; countyInstitutions: string[]; attachments: { town: string; label: string }[]; title: string; schematicNote?: string; width?: number; summary?: (towns: number, named: string[], institutions: number) => string; centre?: (institutions: number) => string }): NetworkOutput {
	const id = opts.id ?? 'network';
	const width = opts.width ?? 640;
	const n = Math.max(opts.towns.length, 1);
	const radius = Math.max(150, Math.min(260, 40 + n * 9));
	const height = radius * 2 + 120;
	const cx = width / 2;
	const cy = height / 2;
	const nodes: NetworkNode[] = opts.towns.map((t) => ({ ...t, attached: opts.attachments.filter((a) => sameTown(t.name, a.town)).map((a) => a.label) }));
	const unplaced = opts.attachments.filter((a) => !opts.towns.some((t) => sameTown(t.name, a.town)));
	const parts: string[] = [];
	nodes.forEach((node, k) => {
		const angle = (2 * Math.PI * k) / n - Math.PI / 2;
		const x = cx + radius * Math.cos(angle);
		const y = cy + radius * Math.sin(angle) * 0.85;
		const has = node.attached.length > 0;
		parts.push(`<line x1="${r(cx)}" y1="${r(cy)}" x2="${r(x)}" y2="${r(y)}" stroke="#c3cad2"/>`);
		parts.push(`<g data-town="${esc(node.code)}" lang="zh-CN"><circle cx="${r(x)}" cy="${r(y)}" r="${has ? 9 : 5}" fill="${has ? '#0b5cad' : '#ffffff'}" stroke="#0b5cad" stroke-width="2"><title>${esc(`${node.name}${has ? `：${node.attached.join('、')}` : ''}`)}</title></circle>`);
		const right = Math.cos(angle) >= 0;
		parts.push(`<text x="${r(x + (right ? 12 : -12))}" y="${r(y + 4)}" text-anchor="${right ? 'start' : 'end'}" font-size="12" fill="#1b1f24">${esc(node.name)}${has ? ` (${node.attached.length})` : ''}</text></g>`);
	});
	parts.push(`<circle cx="${r(cx)}" cy="${r(cy)}" r="44" fill="#0b5cad"/><text lang="zh-CN" x="${r(cx)}" y="${r(cy - 4)}" text-anchor="middle" fill="#ffffff" font-size="13" font-weight="700">${esc(opts.countyName)}</text><text x="${r(cx)}" y="${r(cy + 14)}" text-anchor="middle" fill="#ffffff" font-size="11">${esc(opts.centre ? opts.centre(opts.countyInstitutions.length) : `${opts.countyInstitutions.length}个县级机构`)}</text>`);
	const withAttachments = nodes.filter((x) => x.attached.length > 0);
	const summary = opts.summary ? opts.summary(nodes.length, withAttachments.map((x) => x.name), opts.countyInstitutions.length) : `${opts.countyName}共${nodes.length}个乡镇（街道），规划文本在其中${withAttachments.length}个点名了机构或项目${withAttachments.length ? `：${withAttachments.map((x) => x.name).join('、')}` : ''}；中心为县级机构（${opts.countyInstitutions.length}个）。`;
	const note = opts.schematicNote ?? '网络示意图：位置不代表地理方位';
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d" font-family="system-ui, 'Noto Sans CJK SC', sans-serif"><title id="${id}-t">${esc(opts.title)}</title><desc id="${id}-d">${esc(summary)}</desc>${parts.join('')}<text x="${width - 6}" y="${height - 8}" text-anchor="end" font-size="11" fill="#4d5560">${esc(note)}</text></svg>`;
	return { svg, summary, nodes, unplaced };
}
