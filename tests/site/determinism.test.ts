import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

function digest(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
		}
	};
	walk(dir);
	return out;
}

describe('builds are reproducible', () => {
	it('a second build of the same commit gives a byte-identical dist/', { timeout: 240_000 }, async () => {
		const work = mkdtempSync(join(tmpdir(), 'plan-repro-'));
		try {
			const { build } = await import('astro');
			await build({ root: resolve(import.meta.dirname, '../..'), outDir: join(work, 'dist'), cacheDir: join(work, 'cache'), logLevel: 'error' });
			const first = digest(inject('dist'));
			const second = digest(join(work, 'dist'));
			expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
			const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
			expect(differing).toEqual([]);
			expect(first.size).toBeGreaterThan(300);
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	});
});
