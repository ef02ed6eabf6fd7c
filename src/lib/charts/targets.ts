import { scaleLinear } from 'd3-scale';
import type { Comparator } from '../../schema/plan.ts';
import type { Dictionary } from '../i18n/index.ts';
import { zh } from '../i18n/zh.ts';
import { esc, num } from '../svg.ts';

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
	/** The chart's markup: HTML rows (label, value) around SVG tracks that stretch to the width they get. */
	svg: string;
	/** One sentence a screen reader or a printed page gets instead of the picture. */
	summary: string;
	/** The same sentence as HTML, with data in another language marked by lang. */
	summaryHtml?: string;
}

const CMP: Record<Comparator, string> = { '=': '', '<': '<', '<=': '≤', '>': '>', '>=': '≥', '≈': '≈', range: '' };
/** Height of a track, px: marks are at most 12 px across. */
const TRACK = 20;
const MID = TRACK / 2;
/** Where 0 and the scale's maximum sit on a track, in % of its width: a mark at either end stays inside it. */
const LEFT = 3;
const RIGHT = 97;

function valueLabel(v: number, comparator: Comparator | null, unit: string | null): string {
	// `1/10万` after a number reads as part of it (14.51/10万): printed `/10万`.
	const u = unit?.replace(/^1(?=\/)/, '') ?? '';
	const sep = /^[A-Za-z]/.test(u) ? ' ' : '';
	return `${comparator ? CMP[comparator] : ''}${v}${u ? `${sep}${u}` : ''}`;
}

/** A percentage along a track (SVG lengths in % follow the track's width: one chart for every screen). */
const pct = (p: number) => `${num(p)}%`;

/** Something drawn around a point given in %: a nested viewport at that x, the shape in px around its origin. */
const at = (x: number, shape: string) => `<svg x="${pct(x)}" y="${MID}" overflow="visible">${shape}</svg>`;

function marker(x: number, binding: boolean | null): string {
	// Binding targets are filled squares, expected ones hollow circles, unmarked ones hollow diamonds:
	// told apart by shape, not colour.
	if (binding === null) return at(x, `<path class="m-hollow m-plain" d="M0,-6L6,0L0,6L-6,0Z" fill="#fff" stroke="#4d5560" stroke-width="2"/>`);
	return binding ? at(x, `<rect class="m-binding" x="-5" y="-5" width="10" height="10" fill="#8a1c1c"/>`) : `<circle class="m-hollow m-expected" cx="${pct(x)}" cy="${MID}" r="5" fill="#fff" stroke="#0b5cad" stroke-width="2.5"/>`;
}

/** The chart's accessible root: role img, named by its title and described by its summary (both hidden, read by assistive technology). */
export function chartRoot(opts: { id: string; title: string; desc: string; className: string; body: string }): string {
	const { id, title, desc, className, body } = opts;
	return `<div class="${className}" role="img" aria-labelledby="${esc(id)}-t ${esc(id)}-d"><span id="${esc(id)}-t" hidden>${esc(title)}</span><span id="${esc(id)}-d" hidden>${esc(desc)}</span>${body}</div>`;
}

/** An SVG track of a chart row: as wide as its grid cell, decorative (the row's text says the values). */
export const track = (body: string, className = 'tc-track') => `<svg class="${className}" width="100%" height="${TRACK}" aria-hidden="true" focusable="false">${body}</svg>`;

/**
 * Baseline → target rows. With `sharedScale` (one indicator across plans) every row uses one axis;
 * otherwise each row gets its own 0…max scale because units differ. Each row prints its label and its
 * values as text beside the track (wide screens) or above it (narrow ones), so nothing is cut or scrolled.
 */
export function targetChart(rows: TargetRow[], opts: { id: string; title: string; sharedScale?: boolean; t?: Dictionary['chart'] }): ChartOutput {
	const t = opts.t ?? zh.chart;
	const plotted = rows.filter((row) => row.baseline !== null || row.target !== null);
	const globalMax = Math.max(0, ...plotted.flatMap((row) => [row.baseline ?? 0, row.target ?? 0]));
	const shared = scaleLinear().domain([0, globalMax * 1.08 || 1]).range([LEFT, RIGHT]).nice();
	const ticks = opts.sharedScale ? shared.ticks(4) : [];
	const parts: string[] = [];
	if (opts.sharedScale) {
		const labels = ticks.map((tick, k) => `<text x="${pct(shared(tick))}" y="14" text-anchor="${k === 0 ? 'start' : k === ticks.length - 1 ? 'end' : 'middle'}" fill="#1b1f24">${esc(tick)}</text>`).join('');
		parts.push(`<div class="tc-row tc-axis"><span class="tc-label"></span>${track(labels)}<span class="tc-value"></span></div>`);
	}
	rows.forEach((row, k) => {
		const scale = opts.sharedScale ? shared : scaleLinear().domain([0, Math.max(row.baseline ?? 0, row.target ?? 0) * 1.15 || 1]).range([LEFT, RIGHT]);
		const marks: string[] = [];
		for (const tick of ticks) marks.push(`<line class="tc-grid" x1="${pct(shared(tick))}" x2="${pct(shared(tick))}" y1="0" y2="${TRACK}" stroke="#d4d9df"/>`);
		marks.push(`<line class="tc-grid" x1="${pct(LEFT)}" x2="${pct(RIGHT)}" y1="${MID}" y2="${MID}" stroke="#d4d9df" stroke-dasharray="2 3"/>`);
		const colour = row.binding ? '#8a1c1c' : '#0b5cad';
		const kind = row.binding ? 'm-binding' : 'm-target';
		if (row.baseline !== null && row.target !== null) {
			const a = scale(row.baseline);
			const b = scale(row.target);
			const dir = b >= a ? 1 : -1;
			if (Math.abs(b - a) > 6) marks.push(`<line class="${kind}" x1="${pct(a)}" x2="${pct(b)}" y1="${MID}" y2="${MID}" stroke="${colour}" stroke-width="2"/>${at(b, `<path class="${kind}" d="M${-dir * 14},-4L${-dir * 7},0L${-dir * 14},4Z" fill="${colour}"/>`)}`);
		}
		if (row.baseline !== null) marks.push(`<circle class="m-base" cx="${pct(scale(row.baseline))}" cy="${MID}" r="4" fill="#4d5560"/>`);
		if (row.target !== null) marks.push(marker(scale(row.target), row.binding));
		const lang = row.lang ? ` lang="${esc(row.lang)}"` : '';
		const sub = row.sublabel ? `<span class="tc-sub"${row.sublabelLang ? ` lang="${esc(row.sublabelLang)}"` : ''}>${esc(row.sublabel)}</span>` : '';
		const value =
			row.target !== null
				? `${row.baseline !== null ? `<span class="tc-base">${esc(valueLabel(row.baseline, null, null))} → </span>` : ''}<span class="tc-target">${esc(valueLabel(row.target, row.comparator, row.unit))}</span>`
				: `<span class="tc-base">${row.baseline !== null ? `${esc(valueLabel(row.baseline, null, row.unit))} · ` : ''}${esc(t.noTarget)}</span>`;
		// Links stay in the table next to the chart: a picture (role="img") must not hold interactive content.
		parts.push(`<div class="tc-row"><span class="tc-label"${lang}>${esc(row.label)}${sub}</span>${track(`<g data-row="${k}">${marks.join('')}</g>`)}<span class="tc-value">${value}</span></div>`);
	});
	const withTarget = rows.filter((row) => row.target !== null);
	const binding = withTarget.filter((row) => row.binding === true).length;
	const expected = withTarget.filter((row) => row.binding === false).length;
	const unmarked = withTarget.length - binding - expected;
	const kinds = [binding && t.binding(binding), expected && t.expected(expected), unmarked && t.unmarked(unmarked)].filter(Boolean).join(t.listSep);
	const summary = t.summary(rows.length, withTarget.length, kinds, rows.some((row) => row.baseline !== null));
	return { svg: chartRoot({ id: opts.id, title: opts.title, desc: summary, className: `tchart${opts.sharedScale ? ' shared' : ''}`, body: parts.join('') }), summary };
}
