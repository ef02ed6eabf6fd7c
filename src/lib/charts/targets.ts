import { scaleLinear } from 'd3-scale';
import type { Comparator } from '../../schema/plan.ts';
import type { Dictionary } from '../i18n/index.ts';
import { zh } from '../i18n/zh.ts';
import { esc, fit, num, svgRoot } from '../svg.ts';

export interface TargetRow {
	label: string;
	/** Language of the label when it differs from the page's (Chinese names on English pages). */
	lang?: string;
	/** Secondary label under the main one (plan name on comparison charts). */
	sublabel?: string;
	sublabelLang?: string;
	href?: string;
	baseline: number | null;
	target: number | null;
	comparator: Comparator | null;
	binding: boolean | null;
	unit: string | null;
}

export interface ChartOutput {
	svg: string;
	/** One sentence a screen reader or a printed page gets instead of the picture. */
	summary: string;
	/** The same sentence as HTML, with data in another language marked by lang. */
	summaryHtml?: string;
}

const COLORS = { baseline: '#4d5560', target: '#0b5cad', binding: '#8a1c1c', grid: '#d4d9df', ink: '#1b1f24' };
const CMP: Record<Comparator, string> = { '=': '', '<': '<', '<=': '≤', '>': '>', '>=': '≥', '≈': '≈', range: '' };

function valueLabel(v: number, comparator: Comparator | null, unit: string | null): string {
	const sep = unit && /^[A-Za-z/]/.test(unit) ? ' ' : '';
	return `${comparator ? CMP[comparator] : ''}${v}${unit ? `${sep}${unit}` : ''}`;
}

function marker(x: number, y: number, binding: boolean | null, color: string): string {
	// Binding targets are filled squares, expected ones hollow circles, unmarked ones hollow diamonds:
	// told apart by shape, not colour.
	if (binding === null) return `<path d="M${num(x)},${num(y - 6)}L${num(x + 6)},${num(y)}L${num(x)},${num(y + 6)}L${num(x - 6)},${num(y)}Z" fill="#fff" stroke="${COLORS.baseline}" stroke-width="2"/>`;
	return binding
		? `<rect x="${num(x - 5)}" y="${num(y - 5)}" width="10" height="10" fill="${color}"/>`
		: `<circle cx="${num(x)}" cy="${num(y)}" r="5" fill="#fff" stroke="${color}" stroke-width="2.5"/>`;
}

/**
 * Baseline → target rows. With `sharedScale` (one indicator across plans) every row uses one axis;
 * otherwise each row gets its own 0…max scale because units differ, and values are printed.
 */
export function targetChart(rows: TargetRow[], opts: { id: string; title: string; width?: number; sharedScale?: boolean; t?: Dictionary['chart'] }): ChartOutput {
	const t = opts.t ?? zh.chart;
	const width = opts.width ?? 640;
	const labelWidth = Math.min(260, Math.round(width * 0.42));
	const rowHeight = 40;
	const top = opts.sharedScale ? 28 : 8;
	const height = top + rows.length * rowHeight + 8;
	const plotted = rows.filter((row) => row.baseline !== null || row.target !== null);
	const globalMax = Math.max(0, ...plotted.flatMap((row) => [row.baseline ?? 0, row.target ?? 0]));
	const x0 = labelWidth + 10;
	const x1 = width - 70;
	const shared = scaleLinear().domain([0, globalMax * 1.08 || 1]).range([x0, x1]).nice();
	const parts: string[] = [];
	if (opts.sharedScale) {
		for (const tick of shared.ticks(5)) {
			const x = shared(tick);
			parts.push(`<line x1="${num(x)}" x2="${num(x)}" y1="${top - 6}" y2="${height - 8}" stroke="${COLORS.grid}"/><text x="${num(x)}" y="${top - 10}" text-anchor="middle" fill="${COLORS.ink}">${esc(tick)}</text>`);
		}
	}
	rows.forEach((row, k) => {
		const y = top + k * rowHeight + rowHeight / 2;
		const scale = opts.sharedScale ? shared : scaleLinear().domain([0, Math.max(row.baseline ?? 0, row.target ?? 0) * 1.15 || 1]).range([x0, x1]);
		const lang = row.lang ? ` lang="${row.lang}"` : '';
		const label = `<text x="0" y="${num(y - (row.sublabel ? 4 : -4))}" fill="${COLORS.ink}"${lang}><title>${esc(row.label)}</title>${esc(fit(row.label, Math.floor(labelWidth / 13)))}</text>${row.sublabel ? `<text x="0" y="${num(y + 13)}" fill="${COLORS.baseline}" font-size="11"${row.sublabelLang ? ` lang="${row.sublabelLang}"` : ''}>${esc(fit(row.sublabel, Math.floor(labelWidth / 11)))}</text>` : ''}`;
		// Links stay in the table next to the chart: an SVG with role="img" must not hold interactive content.
		parts.push(`<g data-row="${k}">${label}</g>`);
		parts.push(`<line x1="${x0}" x2="${x1}" y1="${num(y)}" y2="${num(y)}" stroke="${COLORS.grid}" stroke-dasharray="2 3"/>`);
		const color = row.binding ? COLORS.binding : COLORS.target;
		if (row.baseline !== null && row.target !== null) {
			const a = scale(row.baseline);
			const b = scale(row.target);
			const dir = b >= a ? 1 : -1;
			if (Math.abs(b - a) > 8) parts.push(`<line x1="${num(a)}" x2="${num(b - dir * 7)}" y1="${num(y)}" y2="${num(y)}" stroke="${color}" stroke-width="2"/><path d="M${num(b - dir * 7)},${num(y - 4)}L${num(b - dir * 1)},${num(y)}L${num(b - dir * 7)},${num(y + 4)}Z" fill="${color}"/>`);
		}
		if (row.baseline !== null) parts.push(`<circle cx="${num(scale(row.baseline))}" cy="${num(y)}" r="4" fill="${COLORS.baseline}"/>`);
		if (row.target !== null) {
			parts.push(marker(scale(row.target), y, row.binding, color));
			parts.push(`<text x="${num(Math.min(scale(row.target) + 9, width - 4))}" y="${num(y - 8)}" fill="${COLORS.ink}" font-size="12" text-anchor="${scale(row.target) + 60 > width ? 'end' : 'start'}">${esc(valueLabel(row.target, row.comparator, row.unit))}</text>`);
		} else {
			parts.push(`<text x="${x0}" y="${num(y + 4)}" fill="${COLORS.baseline}" font-size="12">${esc(t.noTarget)}</text>`);
		}
	});
	const withTarget = rows.filter((row) => row.target !== null);
	const binding = withTarget.filter((row) => row.binding === true).length;
	const expected = withTarget.filter((row) => row.binding === false).length;
	const unmarked = withTarget.length - binding - expected;
	const kinds = [binding && t.binding(binding), expected && t.expected(expected), unmarked && t.unmarked(unmarked)].filter(Boolean).join(t.listSep);
	const summary = t.summary(rows.length, withTarget.length, kinds, rows.some((row) => row.baseline !== null));
	return { svg: svgRoot({ id: opts.id, width, height, title: opts.title, desc: summary, body: parts.join('') }), summary };
}
