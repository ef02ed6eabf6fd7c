/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: unknown): string {
	const text = value === null || value === undefined ? '' : String(value);
	// A leading = + - @ would run as a formula in Excel; a leading apostrophe keeps it text.
	const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 CSV with a byte-order mark so Excel opens Chinese text correctly; CRLF line ends. */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
	const lines = [columns.map(field).join(','), ...rows.map((row) => columns.map((c) => field(row[c])).join(','))];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
