// Compares two built sites file by file, to check that a refactoring leaves the output as it was:
// `npx node scripts/dist-diff.ts <before-dist> <after-dist> [--show N]`. Prints the files only in one
// of them, the changed files grouped by route (plan slugs and target ids folded to *), and with
// --show the first N differing lines of each group's first file (HTML split at tags).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [before, after] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const show = process.argv.includes('--show') ? Number(process.argv[process.argv.indexOf('--show') + 1] ?? 10) : 0;
if (!before || !after) {
	console.error('Usage: npx node scripts/dist-diff.ts <before-dist> <after-dist> [--show N]');
	process.exit(1);
}

/** Every file below `dir`, as paths relative to it. */
function files(dir: string, root = dir): string[] {
	return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name), root) : [relative(root, join(dir, name))]));
}

/** A route pattern for grouping: `plans/suibin/indicators/x/index.html` → `plans/*\/indicators/*\/index.html`. */
const route = (path: string) => path.replace(/^(en\/)?plans\/[^/]+/, '$1plans/*').replace(/\/indicators\/[^/]+\//, '/indicators/*/').replace(/^(en\/)?indicators\/[^/]+\//, '$1indicators/*/');

const a = new Set(files(before));
const b = new Set(files(after));
const groups = new Map<string, string[]>();
for (const file of [...b].filter((f) => a.has(f)).sort()) {
	if (!readFileSync(join(before, file)).equals(readFileSync(join(after, file)))) groups.set(route(file), [...(groups.get(route(file)) ?? []), file]);
}
console.log(`only in ${before}: ${[...a].filter((f) => !b.has(f)).join(', ') || 'none'}`);
console.log(`only in ${after}: ${[...b].filter((f) => !a.has(f)).join(', ') || 'none'}`);
console.log(`changed: ${[...groups.values()].reduce((n, g) => n + g.length, 0)} of ${b.size} files`);
for (const [pattern, changed] of groups) {
	console.log(`  ${String(changed.length).padStart(4)}  ${pattern}`);
	if (!show) continue;
	const lines = (dir: string) => readFileSync(join(dir, changed[0] as string), 'utf8').replace(/></g, '>\n<').split('\n');
	const [x, y] = [lines(before), lines(after)];
	const differing = x.flatMap((line, k) => (line === y[k] ? [] : [`        - ${line.slice(0, 200)}`, `        + ${(y[k] ?? '').slice(0, 200)}`]));
	console.log(differing.slice(0, show * 2).join('\n'));
}
