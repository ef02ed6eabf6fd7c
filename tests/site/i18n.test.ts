import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { zh } from '../../src/lib/i18n/zh.ts';

function keyPaths(value: unknown, prefix = ''): string[] {
	if (typeof value === 'function') return [`${prefix}()${value.length}`];
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
	return [prefix];
}

function pages(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : pages(path);
		return name === 'index.html' ? [path] : [];
	});
}

// Han characters and CJK punctuation (not the curly quotes English uses too).
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/;

/** Text of an English page that is interface, not plan data: skips lang="zh…" subtrees, code, citations. */
function chromeText(node: Nodes, out: string[] = []): string[] {
	if (node.type === 'text') out.push(node.value);
	if (node.type !== 'element' && node.type !== 'root') return out;
	if (node.type === 'element') {
		const el = node as Element;
		const lang = String(el.properties.lang ?? '');
		const cls = ([] as unknown[]).concat(el.properties.className ?? []).map(String);
		// <head> is skipped: a document <title> cannot mark part of itself as Chinese, and a target page's title names its target.
		if (lang.startsWith('zh') || ['head', 'script', 'style', 'code', 'pre'].includes(el.tagName) || cls.includes('cite')) return out;
	}
	for (const child of node.children) chromeText(child as Nodes, out);
	return out;
}

describe('bilingual interface', () => {
	it('the English dictionary has every key (and the same function arity) of the Chinese one', () => {
		expect(keyPaths(en).sort()).toEqual(keyPaths(zh).sort());
	});

	it('no Chinese in the English dictionary except the language switcher to Chinese and example search terms', () => {
		const leaks = keyPaths(en)
			.filter((k) => !k.includes('()'))
			.map((k) => [k, k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en)] as const)
			.filter(([k, v]) => typeof v === 'string' && CJK.test(v) && !/^(switcher|headerSearch\.placeholder|home\.searchPlaceholder|status\.|search\.examples)/.test(k));
		expect(leaks).toEqual([]);
	});

	it('every page has its twin in the other language, with <html lang> and hreflang alternates', () => {
		const dist = inject('dist');
		const all = pages(dist).map((f) => `/${relative(dist, f).replace(/index\.html$/, '')}`);
		const set = new Set(all);
		const missing: string[] = [];
		for (const path of all) {
			const english = path.startsWith('/en/');
			const twin = english ? path.replace(/^\/en\//, '/') : `/en${path}`;
			if (!set.has(twin)) missing.push(`${path} → ${twin}`);
			const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
			expect(html, path).toContain(`<html lang="${english ? 'en' : 'zh-CN'}"`);
			expect(html, path).toMatch(/<link rel="alternate" hreflang="zh-CN" href="[^"]+"/);
			expect(html, path).toMatch(/<link rel="alternate" hreflang="en" href="[^"]+\/en\//);
		}
		expect(missing).toEqual([]);
		expect(all.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(100);
	});

	it('English pages show no Chinese interface text: plan data is marked lang="zh-CN"', () => {
		const dist = inject('dist');
		const leaks: string[] = [];
		for (const file of pages(join(dist, 'en'))) {
			const text = chromeText(fromHtml(readFileSync(file, 'utf8'))).join(' ');
			const hit = [...text.matchAll(new RegExp(`.{0,12}${CJK.source}.{0,12}`, 'g'))].slice(0, 2).map((m) => m[0]);
			if (hit.length > 0) leaks.push(`/${relative(dist, file)}: ${hit.join(' | ')}`);
		}
		expect(leaks).toEqual([]);
	});

	it('a human translation is used when it exists, and the plan text stays Chinese with a notice otherwise', () => {
		const dist = inject('dist');
		const translated = readFileSync(join(dist, 'en/plans/changle-weifang/index.html'), 'utf8');
		expect(translated).toContain('English translation (partial)');
		expect(translated).toContain('Life expectancy reaches 80.15 years or more');
		const untranslated = readFileSync(join(dist, 'en/plans/suibin/index.html'), 'utf8');
		expect(untranslated).toContain('published in Chinese only');
		expect(untranslated).toMatch(/<article class="plan-text" lang="zh-CN"/);
	});
});
