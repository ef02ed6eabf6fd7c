import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from '../../scripts/lib/browser.ts';
import { serveDist } from '../../scripts/lib/serve.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Builds the real site once, serves it on loopback, and hands the URL to the browser tests. */
export default async function setup(project: TestProject): Promise<() => void> {
	if (!existsSync(CHROMIUM)) throw new Error(`Browser tests need Debian's Chromium at ${CHROMIUM} (apt-get install -y chromium); .ci/run installs it.`);
	process.env.ASTRO_TELEMETRY_DISABLED = '1';
	const { build } = await import('astro');
	const work = mkdtempSync(join(tmpdir(), 'plan-e2e-'));
	const dist = join(work, 'dist');
	await build({ root: ROOT, outDir: dist, cacheDir: join(work, 'cache'), logLevel: 'error' });
	const server = await serveDist(dist);
	project.provide('baseUrl', server.url);
	project.provide('e2eDist', dist);
	return () => {
		server.close();
		rmSync(work, { recursive: true, force: true });
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		e2eDist: string;
	}
}
