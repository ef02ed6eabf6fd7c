import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium against the built site served on loopback.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 120_000,
		hookTimeout: 300_000,
	},
});
