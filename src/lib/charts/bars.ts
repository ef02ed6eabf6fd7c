import { scaleLinear } from 'd3-scale';
import { type ChartOutput, chartRoot, track } from './targets.ts';
import type { Dictionary } from '../i18n/index.ts';
import { zh } from '../i18n/zh.ts';
import { esc, num } from '../svg.ts';

export interface Bar {
	label: string;
	lang?: string;
	value: number;
	note?: string;
}

/** Horizontal bars with the value printed beside each bar (facility counts, project floor areas); labels wrap, bars stretch to the width they get. */
export function barChart(bars: Bar[], opts: { id: string; title: string; unit: string; t?: Dictionary['chart']; locale?: string }): ChartOutput {
	const t = opts.t ?? zh.chart;
	const count = (n: number) => n.toLocaleString(opts.locale ?? 'zh-CN');
	const max = Math.max(1, ...bars.map((b) => b.value));
	// Widths in % of the track: a bar never leaves it, the longest one fills it.
	const x = scaleLinear().domain([0, max]).range([0, 100]);
	const body = bars
		.map((bar) => `<div class="tc-row"><span class="tc-label"${bar.lang ? ` lang="${esc(bar.lang)}"` : ''}>${esc(bar.label)}</span>${track(`<rect class="m-target" x="0" y="3" width="${num(Math.max(0.5, x(bar.value)))}%" height="14" fill="#0b5cad"/>`)}<span class="tc-value">${esc(count(bar.value))}${esc(opts.unit)}</span></div>`)
		.join('');
	const top = [...bars].sort((a, b) => b.value - a.value)[0];
	const summary = bars.length === 0 || !top ? t.barsEmpty : t.bars(bars.length, top.label, `${count(top.value)}${opts.unit}`);
	const summaryHtml = bars.length === 0 || !top ? esc(t.barsEmpty) : esc(t.bars(bars.length, '\u0000', `${count(top.value)}${opts.unit}`)).replace('\u0000', top.lang ? `<span lang="${top.lang}">${esc(top.label)}</span>` : esc(top.label));
	return { svg: chartRoot({ id: opts.id, title: opts.title, desc: summary, className: 'tchart bars', body }), summary, summaryHtml };
}
