import { ConvertError } from './errors.ts';

/** One line of a seed text, with the 1-based number readers and citations use. */
export interface SourceLine {
	n: number;
	/** The line as published, minus WPS `[bookmark: …]` markers. */
	raw: string;
	/** `raw` without surrounding whitespace (tabs, ASCII and ideographic spaces). */
	text: string;
	/** Word tables arrive as one tab-indented cell per line. */
	tab: boolean;
}

const BOOKMARK = /\[bookmark:[^\]\n]*\]/g;
// C0 controls other than tab, plus DEL: they never occur in a published text and break HTML.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** Decodes seed bytes as UTF-8, naming the line of the first invalid byte. */
export function decodeSeed(bytes: Uint8Array, file: string): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch (cause) {
		const bad = firstInvalidUtf8(bytes);
		let line = 1;
		for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
		throw new ConvertError(file, line, `not valid UTF-8 (byte ${bad}); save the text as UTF-8`, { cause });
	}
}

function firstInvalidUtf8(bytes: Uint8Array): number {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let lo = 0;
	let hi = bytes.length;
	// Binary search for the shortest invalid prefix (stream mode tolerates a cut multi-byte tail).
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		try {
			decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
			decoder.decode();
			lo = mid + 1;
		} catch {
			hi = mid;
		}
	}
	return lo;
}

/** Splits a seed into numbered lines, stripping bookmarks and rejecting control characters. */
export function readLines(text: string, file: string): SourceLine[] {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const parts = body.split(/\r\n|\r|\n/);
	if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
	return parts.map((original, i) => {
		const n = i + 1;
		const control = CONTROL.exec(original);
		if (control) {
			const code = control[0].charCodeAt(0).toString(16).padStart(4, '0');
			throw new ConvertError(file, n, `control character U+${code} at column ${control.index + 1}`);
		}
		const raw = original.replace(BOOKMARK, '');
		const text = raw.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
		return { n, raw, text, tab: /^\t/.test(raw) };
	});
}
