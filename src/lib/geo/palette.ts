// Map colours in one place so their WCAG contrast can be checked (tests/geo/palette.test.ts).

/** Fills and text colours of every map. */
export const PALETTE = {
	background: '#ffffff',
	/** Counties, cities and provinces that are context. */
	other: '#e3e7ec',
	/** Borders between areas. */
	border: '#ffffff',
	/** The plan's county (or city in an inset); also plan dots and network nodes. */
	highlight: '#0b5cad',
	/** Labels. */
	text: '#1b1f24',
	/** Credit and notes. */
	muted: '#4d5560',
	/** Inset frames and spokes. */
	frame: '#8a96a3',
} as const;

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
	const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
		const c = Number.parseInt(h as string, 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours (1–21). */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}
