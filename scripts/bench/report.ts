// Formatting for the benchmark: route types and plain-text tables.

/** The page type of a built route, /en/ twins counted with their Chinese page (`/plans/x/indicators/y/index.html` → `plan indicator`). */
export function routeType(route: string): string {
	const path = route.replace(/^\/en(?=\/)/, '').replace(/index\.html$/, '');
	if (path === '/') return 'home';
	if (/^\/plans\/[^/]+\/card\.png$/.test(path)) return 'card: plan';
	if (/^\/plans\/[^/]+\/indicators\/[^/]+\/card\.png$/.test(path)) return 'card: target';
	if (/^\/plans\/[^/]+\/$/.test(path)) return 'plan';
	if (/^\/plans\/[^/]+\/indicators\/[^/]+\/$/.test(path)) return 'plan indicator';
	if (/^\/plans\/[^/]+\/v\/[^/]+\/$/.test(path)) return 'plan version';
	if (/^\/plans\/[^/]+\/changes\/([^/]+\/)?$/.test(path)) return 'plan changes';
	if (path === '/indicators/') return 'indicators index';
	if (/^\/indicators\/[^/]+\/$/.test(path)) return 'comparison';
	if (path.startsWith('/data/') && path !== '/data/') return 'data files';
	return path.replace(/^\/|\/$/g, '') || path;
}

/** Plain-text columns, first row as header: the first `left` columns left-aligned, the others right-aligned. */
export function table(rows: string[][], left = 1): string {
	const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
	return rows.map((row) => row.map((cell, c) => (c < left ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ').trimEnd()).join('\n');
}

/** Slope of log(y) against log(x): ≈1 for linear growth, ≈2 for quadratic. */
export function growthExponent(xs: number[], ys: number[]): number | null {
	const points = xs.map((x, i) => [Math.log(x), Math.log(ys[i] ?? Number.NaN)] as const).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
	if (points.length < 2) return null;
	const mx = points.reduce((s, [x]) => s + x, 0) / points.length;
	const my = points.reduce((s, [, y]) => s + y, 0) / points.length;
	const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
	const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
	return den === 0 ? null : num / den;
}
