import { scaleLinear } from 'd3-scale';
import type { ChartOutput } from './targets.ts';
import { esc, fit, r, svgFrame } from './svg.ts';

export interface Bar {
	label: string;
	value: number;
	note?: string;
}

/** Horizontal bars with the value printed at each bar's end (facility counts, project floor areas). */
export function barChart(bars: Bar[], opts: { id: string; title: string; unit: string; width?: number }): ChartOutput {
	const width = opts.width ?? 640;
	const labelWidth = Math.min(240, Math.round(width * 0.4));
	const rowHeight = 26;
	const height = bars.length * rowHeight + 10;
	const max = Math.max(1, ...bars.map((b) => b.value));
	const x = scaleLinear().domain([0, max]).range([0, width - labelWidth - 90]);
	const body = bars
		.map((bar, k) => {
			const y = 5 + k * rowHeight;
			return `<text x="${labelWidth - 6}" y="${r(y + 17)}" text-anchor="end" fill="#1b1f24"><title>${esc(bar.label)}</title>${esc(fit(bar.label, Math.floor(labelWidth / 13)))}</text><rect x="${labelWidth}" y="${r(y + 4)}" width="${r(Math.max(1, x(bar.value)))}" height="${rowHeight - 8}" fill="#0b5cad"/><text x="${r(labelWidth + x(bar.value) + 6)}" y="${r(y + 17)}" fill="#1b1f24">${esc(bar.value.toLocaleString('zh-CN'))}${esc(opts.unit)}</text>`;
		})
		.join('');
	const top = [...bars].sort((a, b) => b.value - a.value)[0];
	const summary = bars.length === 0 ? '没有可绘制的数值。' : `共${bars.length}项，最大为“${top?.label}”${top?.value.toLocaleString('zh-CN')}${opts.unit}。`;
	return { svg: svgFrame({ id: opts.id, width, height, title: opts.title, desc: summary, body }), summary };
}
