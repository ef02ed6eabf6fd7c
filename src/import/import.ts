import { createHash } from 'node:crypto';
import { readDocx } from './docx.ts';
import { ImportError } from './errors.ts';
import { readHtml } from './html.ts';
import { readPdf } from './pdf.ts';
import { writeSeedText, type Dropped, type ImportedDocument, type SeedText } from './text.ts';

export type ImportFormat = ImportedDocument['format'];

/** Importer by format: a new format (say .odt) is one reader and one line here. */
export const READERS: Record<ImportFormat, { label: string; extensions: string[]; read: (bytes: Uint8Array, file: string, options: { encoding?: string }) => ImportedDocument | Promise<ImportedDocument> }> = {
	docx: { label: 'Word', extensions: ['.docx', '.docm', '.dotx', '.dotm'], read: (bytes, file) => readDocx(bytes, file) },
	html: { label: 'web page', extensions: ['.html', '.htm', '.xhtml', '.shtml'], read: (bytes, file, options) => readHtml(bytes, file, options) },
	pdf: { label: 'PDF', extensions: ['.pdf'], read: (bytes, file) => readPdf(bytes, file) },
};

/** Kinds of file recognised by their first bytes, whatever their name says; the reason is shown for the ones not imported. */
const SNIFF: { test: (head: string, bytes: Uint8Array) => boolean; format: ImportFormat | null; reason?: string }[] = [
	{ test: (_, b) => b[0] === 0x50 && b[1] === 0x4b, format: 'docx' },
	// An OLE container: an encrypted .docx or an old .doc; the Word reader says which.
	{ test: (_, b) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0, format: 'docx' },
	// A PDF's header may follow some junk bytes (the standard allows 1024).
	{ test: (h) => h.includes('%pdf-'), format: 'pdf' },
	{ test: (h) => h.startsWith('{\\rtf'), format: null, reason: 'an RTF file: open it in Word, WPS or LibreOffice and save it as .docx' },
	{ test: (h) => /^mime-version:/.test(h) || /^from:[^\n]*\n/.test(h), format: null, reason: 'a single-file web archive (MHT): open it in a browser and save it as “Web page, HTML only”' },
	// Many portals serve a “.doc” that Word saved as a web page: read it as the page it is.
	{ test: (h) => /^(<\?xml[^>]*>\s*)?(<!doctype html|<html|<head|<body|<meta|<!--|<p[\s>]|<div|<table)/.test(h), format: 'html' },
];

/** By extension, what to say when the content did not tell. */
const UNSUPPORTED: Record<string, string> = {
	'.doc': 'an old Word 97–2003 .doc: open it in Word, WPS or LibreOffice and save it as .docx',
	'.wps': 'a WPS document: save it as .docx in WPS',
	'.odt': 'an OpenDocument text: save it as .docx',
	'.txt': 'already text: put it into seeds/ directly (UTF-8)',
};

/** The format of a file: from its first bytes when they are clear (a “.doc” that is a web page is read as one), else from its extension. */
export function detectFormat(bytes: Uint8Array, file: string): ImportFormat {
	if (bytes.length === 0) throw new ImportError(file, 'the file is empty (0 bytes)');
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^(\ufeff|ï»¿)/, '').trimStart().toLowerCase();
	const sniffed = SNIFF.find((rule) => rule.test(head, bytes));
	if (sniffed) {
		if (sniffed.format === null) throw new ImportError(file, sniffed.reason as string);
		return sniffed.format;
	}
	const ext = /\.[^./\\]+$/.exec(file.toLowerCase())?.[0] ?? '';
	for (const [format, reader] of Object.entries(READERS) as [ImportFormat, (typeof READERS)[ImportFormat]][]) if (reader.extensions.includes(ext)) return format;
	if (ext in UNSUPPORTED) throw new ImportError(file, UNSUPPORTED[ext] as string);
	throw new ImportError(file, `cannot tell what kind of file this is (extension “${ext || 'none'}”); the importer reads .docx, saved web pages (.html) and PDF`);
}

/** The result of importing one file: the seed text and everything the summary reports. */
export interface Imported {
	format: ImportFormat;
	sha256: string;
	/** Pages of the original (PDF). */
	pages?: number;
	seed: SeedText;
	/** What the reader left out (site chrome, pictures…) and what the writer changed. */
	dropped: Dropped[];
}

/**
 * Imports one original file (bytes as downloaded) into seed text. Pure and deterministic: the
 * same bytes give the same text, byte for byte. Rejects with ImportError when the file cannot be
 * read (asynchronous because pdf.js is).
 */
export async function importBytes(bytes: Uint8Array, file: string, options: { encoding?: string; format?: ImportFormat } = {}): Promise<Imported> {
	const format = options.format ?? detectFormat(bytes, file);
	const doc = await READERS[format].read(bytes, file, options);
	const seed = writeSeedText(doc.blocks);
	if (seed.lines === 0) throw new ImportError(file, 'no text left to write');
	return { format, sha256: createHash('sha256').update(bytes).digest('hex'), ...(doc.pages ? { pages: doc.pages } : {}), seed, dropped: [...doc.dropped, ...seed.notes] };
}
