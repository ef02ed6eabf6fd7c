import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, headless, with no network chatter (the machine's network is closed); Playwright gives it a fresh profile. */
export async function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}
