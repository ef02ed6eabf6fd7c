import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { zh } from '../../src/lib/i18n/zh.ts';
import { titleSourceSchema } from '../../src/schema/plan.ts';

const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('the plan page facts say truthfully where the metadata came from', () => {
	it('every title source has its wording in zh and en', () => {
		for (const source of titleSourceSchema.options) {
			expect(zh.plan.titleSource[source]).toBeTruthy();
			expect(en.plan.titleSource[source]).toBeTruthy();
		}
	});

	it('a curated title not printed in the text is labelled as supplied by the editors (gulou-fuzhou)', () => {
		const html = page(inject('dist'), 'plans/gulou-fuzhou');
		expect(html).toContain(`<dd data-title-source="curated">${zh.plan.titleSource.curated}</dd>`);
		expect(page(inject('dist'), 'en/plans/gulou-fuzhou')).toContain(`<dd data-title-source="curated">${en.plan.titleSource.curated}</dd>`);
	});

	it('a printed title gets no title note (huaiyin-jinan)', () => {
		expect(page(inject('dist'), 'plans/huaiyin-jinan')).not.toContain('data-title-source');
	});

	it('a plan with no plans.yaml entry lists the fields read from the text in words', () => {
		const html = page(inject('hostileDist'), 'plans/zz-hostile');
		expect(html).toContain(zh.plan.inferredValue(['标题', '稿次', '规划期'].join(zh.plan.listSeparator)));
	});
});
