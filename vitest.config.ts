import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'node_modules/**'],
		globalSetup: ['tests/site/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 300_000,
	},
});
