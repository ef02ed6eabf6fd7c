import { scaleLinear } from 'd3-scale';
import type { ChartOutput } from './targets.ts';
import type { Dictionary } from '../i18n/index.ts';
import { zh } from '../i18n/zh.ts';
import { esc, fit, num, svgRoot } from '../svg.ts';

export interface Bar {
	label: string;
	lang?: string;
	value: number;
	note?: string;
}

/** Horizontal bars with the value printed at each bar's end (facility counts, project floor areas). */
export function barChart(bars: Bar[], opts: { id: string; title: string; unit: string; width?: number; t?: Dictionary['chart']; locale?: string }): ChartOutput {
	const t = opts.t ?? zh.chart;
	const count = (n: number) => n.toLocaleString(opts.locale ?? 'zh-CN');
	const width = opts.width ?? 640;
	const labelWidth = Math.min(240, Math.round(width * 0.4));
	const rowHeight = 26;
	const height = bars.length * rowHeight + 10;
	const max = Math.max(1, ...bars.map((b) => b.value));
	const x = scaleLinear().domain([0, max]).range([0, width - labelWidth - 90]);
	const body = bars
		.map((bar, k) => {
			const y = 5 + k * rowHeight;
			return `<text x="${labelWidth - 6}" y="${num(y + 17)}" text-anchor="end" fill="#1b1f24"${bar.lang ? ` lang="${bar.lang}"` : ''}><title>${esc(bar.label)}</title>${esc(fit(bar.label, Math.floor(labelWidth / 13)))}</text><rect x="${labelWidth}" y="${num(y + 4)}" width="${num(Math.max(1, x(bar.value)))}" height="${rowHeight - 8}" fill="#0b5cad"/><text x="${num(labelWidth + x(bar.value) + 6)}" y="${num(y + 17)}" fill="#1b1f24">${esc(count(bar.value))}${esc(opts.unit)}</text>`;
		})
		.join('');
	const top = [...bars].sort((a, b) => b.value - a.value)[0];
	const summary = bars.length === 0 || !top ? t.barsEmpty : t.bars(bars.length, top.label, `${count(top.value)}${opts.unit}`);
	const summaryHtml = bars.length === 0 || !top ? esc(t.barsEmpty) : esc(t.bars(bars.length, '\u0000', `${count(top.value)}${opts.unit}`)).replace('\u0000', top.lang ? `<span lang="${top.lang}">${esc(top.label)}</span>` : esc(top.label));
	return { svg: svgRoot({ id: opts.id, width, height, title: opts.title, desc: summary, body }), summary, summaryHtml };
}
