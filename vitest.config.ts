import { defineConfig } from 'vitest/config';

// Projects: `unit` (pure modules, no site build: seconds), `fuzz` (the converter against hundreds of
// mutated seeds: half a minute) and `site` (tests against two real Astro builds made once by
// tests/site/global-setup.ts). `vitest run` runs all three; `npm run test:unit` only the first.
// `unit` runs its files without isolation: they test pure modules, and sharing one module cache
// (the OpenCC dictionaries, the converted seeds) cuts its time by more than half.
// The browser tests have their own config (vitest.e2e.config.ts): they need Chromium and run one
// file at a time.
const FUZZ = 'tests/convert/fuzz.test.ts';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/site/**', 'tests/e2e/**', FUZZ, 'node_modules/**'], isolate: false } },
			{ test: { name: 'fuzz', include: [FUZZ], testTimeout: 60_000 } },
			{ test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/site/global-setup.ts'], testTimeout: 60_000, hookTimeout: 300_000 } },
		],
	},
});
