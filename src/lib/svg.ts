// SVG written as strings at build time, for the charts (src/lib/charts) and the maps (src/lib/geo):
// escaping, rounding, text width, and the accessible <svg> root both use.

/** The font stack of every chart and map: system UI, then the common CJK fonts of each platform. */
export const FONT_FAMILY = "system-ui, 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Escapes text for SVG/HTML content and quoted attributes: plan names and places can hold `<`, `&` or quotes. */
export function esc(text: string | number): string {
	return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A coordinate with one decimal (never `-0`): small SVG, identical output between builds. */
export function num(n: number): string {
	const v = Math.round(n * 10) / 10;
	return Object.is(v, -0) ? '0' : String(v);
}

const LATIN = /[\u0000-\u024f]/;

/** Rough rendered width of text in px: CJK characters one em, Latin ones about 0.6 em. Enough for placing labels. */
export function textWidth(text: string, fontSize: number): number {
	let w = 0;
	for (const c of text) w += LATIN.test(c) ? fontSize * 0.6 : fontSize;
	return w;
}

/**
 * Shortens a label to fit a column `max` CJK characters wide, ending it with `…`. Latin letters count
 * 0.55 here (chart labels are 13 px system-ui, narrower than the 0.6 em {@link textWidth} allows for map labels).
 */
export function fit(label: string, max: number): string {
	let width = 0;
	for (let k = 0; k < label.length; k++) {
		width += LATIN.test(label[k] as string) ? 0.55 : 1;
		if (width > max) return `${label.slice(0, Math.max(1, k - 1))}…`;
	}
	return label;
}

/**
 * The accessible `<svg>` root: `role` (img for a picture; group for a map that holds links), a
 * `<title>` and `<desc>` referenced by id, the shared font stack; `body` is inserted as it is.
 */
export function svgRoot(opts: { id: string; width: number; height: number; title: string; desc: string; body: string; role?: 'img' | 'group'; fontSize?: number }): string {
	const { id, width, height, title, desc, body, role = 'img', fontSize = 13 } = opts;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="${role}" aria-labelledby="${esc(id)}-t ${esc(id)}-d" font-family="${FONT_FAMILY}" font-size="${fontSize}"><title id="${esc(id)}-t">${esc(title)}</title><desc id="${esc(id)}-d">${esc(desc)}</desc>${body}</svg>`;
}
