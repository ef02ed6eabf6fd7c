import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** URL path of a built file: dist/plans/x/index.html → /plans/x/ */
const pathOf = (dist: string, file: string) => `/${relative(dist, file).replace(/index\.html$/, '')}`;

describe('every internal link and #anchor of the built site resolves', () => {
	it('walks all pages', () => {
		const dist = inject('dist');
		const pages = new Map<string, string>();
		for (const file of htmlFiles(dist)) pages.set(pathOf(dist, file), readFileSync(file, 'utf8'));
		const ids = new Map([...pages].map(([path, html]) => [path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));
		const broken: string[] = [];
		let checked = 0;
		for (const [path, html] of pages) {
			for (const m of html.matchAll(/\shref="([^"]+)"/g)) {
				const href = (m[1] as string).replace(/&amp;/g, '&');
				if (/^(https?:|mailto:|data:)/.test(href)) continue;
				const url = new URL(href, `http://site${path}`);
				checked++;
				const target = url.pathname;
				const isFile = /\.[a-z0-9]+$/i.test(target);
				if (isFile) {
					try {
						statSync(join(dist, decodeURIComponent(target)));
					} catch {
						broken.push(`${path} → ${href} (no file)`);
					}
					continue;
				}
				if (!pages.has(decodeURIComponent(target))) {
					broken.push(`${path} → ${href} (no page)`);
					continue;
				}
				const anchor = decodeURIComponent(url.hash.slice(1));
				if (anchor && !ids.get(decodeURIComponent(target))?.has(anchor)) broken.push(`${path} → ${href} (no #${anchor})`);
			}
		}
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(1000);
	});

	it('ids are unique on every page (an anchor must name one place)', () => {
		const dist = inject('dist');
		const duplicates: string[] = [];
		for (const file of htmlFiles(dist)) {
			const seen = new Set<string>();
			for (const m of readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)) {
				if (seen.has(m[1] as string)) duplicates.push(`${pathOf(dist, file)}#${m[1]}`);
				seen.add(m[1] as string);
			}
		}
		expect(duplicates).toEqual([]);
	});
});
