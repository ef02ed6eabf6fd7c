import { createHash } from 'node:crypto';
import { readDocx } from './docx.ts';
import { ImportError } from './errors.ts';
import { readHtml } from './html.ts';
import { writeSeedText, type Dropped, type ImportedDocument, type SeedText } from './text.ts';

export type ImportFormat = ImportedDocument['format'];

/** Importer by format: a new format (say .odt) is one reader and one line here. */
export const READERS: Record<ImportFormat, { label: string; extensions: string[]; read: (bytes: Uint8Array, file: string, options: { encoding?: string }) => ImportedDocument }> = {
	docx: { label: 'Word', extensions: ['.docx', '.docm', '.dotx', '.dotm'], read: (bytes, file) => readDocx(bytes, file) },
	html: { label: 'web page', extensions: ['.html', '.htm', '.xhtml', '.shtml'], read: (bytes, file, options) => readHtml(bytes, file, options) },
};

/** Extensions that look importable but are not, with what to do instead. */
const UNSUPPORTED: Record<string, string> = {
	'.doc': 'an old Word 97–2003 .doc: open it in Word, WPS or LibreOffice and save it as .docx',
	'.wps': 'a WPS document: save it as .docx in WPS',
	'.pdf': 'PDF is not imported: its text comes out without paragraphs or table cells (see README); find the Word or web version of the plan',
	'.mht': 'a single-file web archive (.mht): open it in a browser and save it as “Web page, HTML only”',
	'.mhtml': 'a single-file web archive (.mhtml): open it in a browser and save it as “Web page, HTML only”',
	'.odt': 'an OpenDocument text: save it as .docx',
	'.rtf': 'an RTF file: save it as .docx',
	'.txt': 'already text: put it into seeds/ directly (UTF-8)',
};

/** The format of a file from its extension, else from its first bytes (zip → docx, markup → html). */
export function detectFormat(bytes: Uint8Array, file: string): ImportFormat {
	const ext = /\.[^./\\]+$/.exec(file.toLowerCase())?.[0] ?? '';
	for (const [format, reader] of Object.entries(READERS) as [ImportFormat, (typeof READERS)[ImportFormat]][]) if (reader.extensions.includes(ext)) return format;
	if (ext in UNSUPPORTED && !(ext === '.doc' && bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new ImportError(file, UNSUPPORTED[ext] as string);
	if (bytes.length === 0) throw new ImportError(file, 'the file is empty (0 bytes)');
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx';
	if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'docx';
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
	if (/^(\ufeff|ï»¿)?\s*(<!doctype html|<html|<head|<body|<meta|<!--)/.test(head)) return 'html';
	throw new ImportError(file, `cannot tell what kind of file this is (extension “${ext || 'none'}”); the importer reads .docx and saved web pages (.html)`);
}

/** The result of importing one file: the seed text and everything the summary reports. */
export interface Imported {
	format: ImportFormat;
	sha256: string;
	seed: SeedText;
	/** What the reader left out (site chrome, pictures…) and what the writer changed. */
	dropped: Dropped[];
}

/**
 * Imports one original file (bytes as downloaded) into seed text. Pure and deterministic: the
 * same bytes give the same text, byte for byte. Throws ImportError when the file cannot be read.
 */
export function importBytes(bytes: Uint8Array, file: string, options: { encoding?: string; format?: ImportFormat } = {}): Imported {
	const format = options.format ?? detectFormat(bytes, file);
	const doc = READERS[format].read(bytes, file, options);
	const seed = writeSeedText(doc.blocks);
	if (seed.lines === 0) throw new ImportError(file, 'no text left to write');
	return { format, sha256: createHash('sha256').update(bytes).digest('hex'), seed, dropped: [...doc.dropped, ...seed.notes] };
}
