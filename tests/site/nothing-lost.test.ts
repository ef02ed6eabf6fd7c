import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { converted, seedFiles, seedText } from '../helpers/seeds.ts';
import { readableLines, squash } from '../helpers/text.ts';

/** Visible text of built HTML: tags removed, entities decoded. */
function visibleText(html: string): string {
	return html
		.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
		.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
		.replace(/&amp;/g, '&');
}

describe('every line of every plan is readable on its built page', () => {
	for (const file of seedFiles()) {
		it(`${file}: each non-empty line appears in /plans/<slug>/`, () => {
			const { plan } = converted(file);
			const html = readFileSync(join(inject('dist'), 'plans', plan.slug, 'index.html'), 'utf8');
			const text = squash(visibleText(html.slice(html.indexOf('data-pagefind-body'))));
			const missing = readableLines(seedText(file)).filter((l) => !text.includes(l.text));
			expect(missing).toEqual([]);
		});
	}

	it('anchors exist for every paragraph line and every indicator source', () => {
		for (const file of seedFiles()) {
			const { plan, nodes } = converted(file);
			const html = readFileSync(join(inject('dist'), 'plans', plan.slug, 'index.html'), 'utf8');
			for (const n of nodes) if (n.kind === 'paragraph') expect(html).toContain(`id="p-${n.line}"`);
			for (const i of plan.indicators) expect(html).toContain(`id="${i.anchor}"`);
		}
	});

	it('[bookmark: …] markers never reach a page', () => {
		for (const file of seedFiles()) {
			const html = readFileSync(join(inject('dist'), 'plans', converted(file).plan.slug, 'index.html'), 'utf8');
			expect(html).not.toContain('bookmark');
		}
	});
});

describe('a hostile plan text builds without injecting markup (real Astro build)', () => {
	const page = () => readFileSync(join(inject('hostileDist'), 'plans', 'zz-hostile', 'index.html'), 'utf8');

	it('shows the markup as text, and the page has no element the text asked for', () => {
		const html = page();
		const body = html.slice(html.indexOf('data-pagefind-body'), html.indexOf('</article>'));
		expect(body).not.toMatch(/<(script|img|b)[\s>]|<[^>]*\sonerror=/i);
		const text = visibleText(body);
		expect(text).toContain('<script>alert("x")</script>总则');
		expect(text).toContain('{process.exit(1)}');
		expect(text).toContain('<img src=x onerror=alert(1)>');
		expect(text).toContain('2030. 人均预期寿命');
		expect(text).toContain('断开的单元格');
	});

	it('still reads the row of the broken table, keeping the source text as data, not markup', () => {
		const data = JSON.parse(readFileSync(join(inject('hostileDist'), 'data', 'indicators.json'), 'utf8')) as { plan: string; name: string; unit: string; source: { line: number } }[];
		expect(data.filter((r) => r.plan === 'zz-hostile')).toContainEqual(expect.objectContaining({ name: '<b>婴儿死亡率</b>', unit: '‰', source: expect.objectContaining({ line: 15 }) }));
	});
});
