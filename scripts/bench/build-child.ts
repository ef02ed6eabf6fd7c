// One site build in its own process, so its peak memory can be measured; prints a JSON line.
import { build } from 'astro';

const [contentDir, outDir, cacheDir] = process.argv.slice(2) as [string, string, string];
process.env.PLAN_CONTENT_DIR = contentDir;
process.env.ASTRO_TELEMETRY_DISABLED = '1';
let pagefindMs = 0;
const write = process.stdout.write.bind(process.stdout);
// Pagefind reports its own duration in the build log; keep that number, drop the rest of the log.
process.stdout.write = ((chunk: string | Uint8Array) => {
	const m = /Pagefind indexed \d+ records .* in (\d+) ms/.exec(String(chunk));
	if (m) pagefindMs = Number(m[1]);
	return true;
}) as typeof process.stdout.write;
const started = performance.now();
await build({ root: process.cwd(), outDir, cacheDir, logLevel: 'info' });
const totalMs = performance.now() - started;
process.stdout.write = write;
console.log(JSON.stringify({ astroMs: totalMs - pagefindMs, pagefindMs, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
