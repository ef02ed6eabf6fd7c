import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const HEADERS = readFileSync(join(import.meta.dirname, '../../public/_headers'), 'utf8');

function pages(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return pages(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

describe('Content-Security-Policy for static hosting', () => {
	const csp = /Content-Security-Policy: (.+)/.exec(HEADERS)?.[1] ?? '';
	const directive = (name: string) => new RegExp(`(^|; )${name} ([^;]+)`).exec(csp)?.[2]?.split(' ') ?? [];

	it('allows no inline script or style and no other origin', () => {
		expect(directive('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(directive('style-src')).toEqual(["'self'"]);
		expect(csp).not.toContain('unsafe-inline');
		expect(directive('frame-ancestors')).toEqual(["'none'"]);
	});

	it('every built page obeys it: scripts are external same-origin files, no inline script, style or event handler', () => {
		const dist = inject('dist');
		const problems: string[] = [];
		for (const file of pages(dist)) {
			const html = readFileSync(file, 'utf8');
			// A JSON-LD data block is never run (the CSP's script-src does not apply to it): the one inline <script> allowed.
			for (const tag of html.match(/<script\b[^>]*>/g) ?? []) if (!/\ssrc="\/[^/]/.test(tag) && tag !== '<script type="application/ld+json">') problems.push(`${file}: ${tag}`);
			if (/<style\b/.test(html)) problems.push(`${file}: <style>`);
			if (/<[a-z][^>]*\sstyle="/.test(html)) problems.push(`${file}: style attribute`);
			if (/<[a-z][^>]*\son[a-z]+="/i.test(html)) problems.push(`${file}: inline event handler`);
		}
		expect(problems).toEqual([]);
		expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(HEADERS);
	});
});

describe('JavaScript budget', () => {
	it('all site JS outside the search engine stays under 40 KiB, and reading pages load at most the ¶/citation helpers', () => {
		const dist = inject('dist');
		const js = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js'));
		const total = js.reduce((n, f) => n + statSync(join(dist, '_astro', f)).size, 0);
		expect(total).toBeLessThan(40 * 1024);
		const plan = readFileSync(join(dist, 'plans', 'suibin', 'index.html'), 'utf8');
		expect((plan.match(/<script\b(?! type="application\/ld\+json")/g) ?? []).length).toBeLessThanOrEqual(1);
	});
});
