/** Text for SVG/HTML built as strings: plan names can hold `<` or `&`. */
export function esc(text: string | number): string {
	return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rounds coordinates so the SVG stays small and identical between builds. */
export function r(n: number): string {
	return (Math.round(n * 10) / 10).toString();
}

/** Wraps chart marks in an accessible SVG: role img, title and description referenced by id. */
export function svgFrame(opts: { id: string; width: number; height: number; title: string; desc: string; body: string }): string {
	const { id, width, height, title, desc, body } = opts;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d" font-family="system-ui, 'Noto Sans CJK SC', sans-serif" font-size="13"><title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>${body}</svg>`;
}

/** Shortens a label to fit a column `max` CJK characters wide (Latin letters count about half). */
export function fit(label: string, max: number): string {
	let width = 0;
	for (let k = 0; k < label.length; k++) {
		width += /[\u0000-\u024f]/.test(label[k] as string) ? 0.55 : 1;
		if (width > max) return `${label.slice(0, Math.max(1, k - 1))}…`;
	}
	return label;
}
