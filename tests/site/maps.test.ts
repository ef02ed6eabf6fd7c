import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { townsOf } from '../../src/lib/geo/data.ts';
import { contentPlans } from '../helpers/content.ts';

describe('maps on the built pages', () => {
	for (const plan of contentPlans()) {
		it(`${plan.slug}: locator map highlights ${plan.region.code}; the town table lists the official towns by code`, () => {
			const html = readFileSync(join(inject('dist'), 'plans', plan.slug, 'index.html'), 'utf8');
			expect(html).toContain(`data-code="${plan.region.code}" data-highlight="true"`);
			const rows = [...html.matchAll(/<tr data-town="(\d+)">/g)].map((m) => m[1]);
			expect(rows).toEqual(townsOf(plan.region.code!).map((t) => t.code));
		});
	}

	it('a plan whose county has no geometry still builds, with a clear fallback figure (the hostile test plan has no code)', () => {
		const html = readFileSync(join(inject('hostileDist'), 'plans', 'zz-hostile', 'index.html'), 'utf8');
		expect(html).toContain('暂无该地区的边界数据');
		expect(html).not.toContain('data-highlight="true"');
	});

	it('the home page map links every plan', () => {
		const html = readFileSync(join(inject('dist'), 'index.html'), 'utf8');
		for (const plan of contentPlans()) expect(html).toContain(`<a href="/plans/${plan.slug}/" data-code="${plan.region.code}">`);
	});
});
