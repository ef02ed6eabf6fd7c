// src/lib/views/indicator.ts: what a target page computes.
import { describe, expect, it } from 'vitest';
import { indicatorView } from '../../src/lib/views/indicator.ts';
import { contentPlans } from '../helpers/content.ts';

const plans = contentPlans();
const plan = plans.find((p) => p.indicators.some((i) => i.related.length > 0 && i.target.value !== null))!;
const indicator = plan.indicators.find((i) => i.related.length > 0 && i.target.value !== null)!;

describe('indicatorView', () => {
	it('cites the plan, line, name, target and absolute URL', () => {
		const view = indicatorView(plan, indicator, 'zh', 'https://example.org');
		const text = view.citation.map((p) => p.text).join('');
		expect(text).toContain(plan.title);
		expect(text).toContain(`第${indicator.source.line}行`);
		expect(text).toContain(`https://example.org/plans/${plan.slug}/indicators/${indicator.id}/`);
		// The plan's own words keep their language inside the sentence.
		expect(view.citation.find((p) => p.text === plan.title)?.lang).toBe('zh-CN');
	});

	it('lists the related statements and draws the one target', () => {
		const view = indicatorView(plan, indicator, 'zh', undefined);
		expect(view.related.map((o) => o.id).sort()).toEqual([...indicator.related].sort());
		expect(view.chart?.svg.match(/<g data-row=/g)?.length).toBe(1);
		expect(view.means).toBeTruthy();
	});

	it('has no chart and no plain-words reading when no number was read', () => {
		const view = indicatorView(plan, { ...indicator, target: { ...indicator.target, value: null, range: null }, baseline: null }, 'zh', undefined);
		expect(view.chart).toBeNull();
		expect(view.means).toBeNull();
	});
});
