// What a share card prints (src/lib/cards.ts), read from the real converted seeds.
import { describe, expect, it } from 'vitest';
import { planCard, targetCard } from '../../src/lib/cards.ts';
import { contentPlans } from '../helpers/content.ts';

const plans = contentPlans();
const changle = plans.find((p) => p.slug === 'changle-weifang')!;

describe('share cards', () => {
	it('a plan card counts targets as the plan page does (commitments apart), and its projects', () => {
		const targets = changle.indicators.filter((i) => !i.commitment).length;
		expect(targets).toBeLessThan(changle.indicators.length);
		expect(planCard(changle).footer).toBe(`${changle.period.start}—${changle.period.end}年 · ${targets}项指标 · ${changle.counts.projects}个重点项目`);
	});

	it('a baseline printed as a dash is left off (no "-‰"); one with a figure is printed with its unit', () => {
		let dashed = 0;
		let figured = 0;
		for (const plan of plans) {
			for (const indicator of plan.indicators) {
				const card = targetCard(plan, indicator);
				expect(card.footer, `${plan.slug} ${indicator.id}`).not.toMatch(/：\s*[-—–]/);
				const text = indicator.baseline?.text ?? '';
				if (text && !/\d/.test(text)) {
					dashed++;
					expect(card.footer).toBe(`${plan.period.start}—${plan.period.end}年`);
				} else if (/\d/.test(text)) {
					figured++;
					expect(card.footer).toContain(text);
				}
			}
		}
		expect(dashed).toBeGreaterThan(0);
		expect(figured).toBeGreaterThan(0);
	});
});
