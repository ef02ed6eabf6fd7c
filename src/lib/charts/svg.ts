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

/** Shortens a label to fit a chart column, keeping the full text in a <title>. */
export function fit(label: string, max: number): string {
	return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
