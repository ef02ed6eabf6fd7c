import CFB from 'cfb';
import { unzipSync } from 'fflate';
import { ImportError } from './errors.ts';
import { attr, elements, parseXml, type Element } from './xml.ts';

/** The parts of a Word package the importer reads, as parsed XML (null when the package has none). */
export interface WordPackage {
	document: Element;
	documentPart: string;
	styles: Element | null;
	numbering: Element | null;
	footnotes: Element | null;
	endnotes: Element | null;
	settings: Element | null;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);

/** Why a file that is not a zip cannot be a .docx, in words a person can act on. */
function notZipReason(bytes: Uint8Array, file: string): string {
	if (startsWith(bytes, OLE)) {
		let names: string[] = [];
		try {
			names = CFB.read(bytes, { type: 'buffer' }).FileIndex.map((e) => e.name);
		} catch (cause) {
			throw new ImportError(file, 'an OLE compound file that cannot be read (damaged?)', { cause });
		}
		if (names.includes('EncryptedPackage') || names.includes('EncryptionInfo')) return 'encrypted: the Word file is password-protected; open it in Word or WPS, remove the password (File → Info → Protect Document) and save it again as .docx';
		if (names.includes('WordDocument')) return 'a Word 97–2003 .doc file, not .docx: open it in Word, WPS or LibreOffice and save it as .docx';
		return 'an OLE compound file (an old Office format), not a .docx';
	}
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '').trimStart();
	if (head.startsWith('{\\rtf')) return 'an RTF file, not a .docx: save it as .docx';
	if (head.startsWith('%PDF')) return 'a PDF, not a .docx: PDF is not imported (see README)';
	if (/^(<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(head) || /^MIME-Version:/i.test(head)) return 'a web page (HTML or MHT) saved with a Word extension, not a .docx: import it as .html';
	return `not a .docx (not a zip archive; it starts with bytes ${[...bytes.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ')})`;
}

const decoder = new TextDecoder('utf-8');

/** Resolves a relationship target against the folder of its source part (`word/document.xml` + `numbering.xml`). */
function resolveTarget(source: string, target: string): string {
	if (target.startsWith('/')) return target.slice(1);
	const base = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
	const parts: string[] = [];
	for (const seg of `${base}${target}`.split('/')) {
		if (seg === '..') parts.pop();
		else if (seg !== '.' && seg !== '') parts.push(seg);
	}
	return parts.join('/');
}

/** Relationships of a part: type suffix (`officeDocument`, `numbering`…) → target part path, plus ids. */
function readRels(files: Record<string, Uint8Array>, part: string): { type: string; id: string; target: string; external: boolean }[] {
	const relsPath = part === '' ? '_rels/.rels' : `${part.slice(0, part.lastIndexOf('/') + 1)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
	const bytes = files[relsPath];
	if (!bytes) return [];
	const root = parseXml(decoder.decode(bytes), relsPath);
	return elements(root)
		.filter((el) => el.localName === 'Relationship')
		.map((el) => ({
			type: (attr(el, 'Type') ?? '').replace(/^.*\//, ''),
			id: attr(el, 'Id') ?? '',
			target: attr(el, 'Target') ?? '',
			external: attr(el, 'TargetMode') === 'External',
		}))
		.map((r) => ({ ...r, target: r.external ? r.target : resolveTarget(part, r.target) }));
}

/**
 * Opens a .docx: checks it is a zip (an encrypted Word file is an OLE container, an old .doc too),
 * finds the main document through the package relationships, and parses the parts the importer
 * reads. Every failure is an ImportError that names the file and says what to do.
 */
export function openWordPackage(bytes: Uint8Array, file: string): WordPackage {
	if (bytes.length === 0) throw new ImportError(file, 'the file is empty (0 bytes)');
	if (!startsWith(bytes, [0x50, 0x4b])) throw new ImportError(file, notZipReason(bytes, file));
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, { filter: (f) => f.name.endsWith('.xml') || f.name.endsWith('.rels') });
	} catch (cause) {
		throw new ImportError(file, `not a .docx (a damaged or incomplete zip archive: ${(cause as Error).message})`, { cause });
	}
	const office = readRels(files, '').find((r) => r.type === 'officeDocument');
	const documentPart = office?.target ?? 'word/document.xml';
	if (!files[documentPart]) {
		const what = Object.keys(files).some((n) => n.startsWith('xl/')) ? 'an Excel workbook' : Object.keys(files).some((n) => n.startsWith('ppt/')) ? 'a PowerPoint file' : 'a zip archive';
		throw new ImportError(file, `not a .docx (${what} with no word/document.xml)`);
	}
	const parse = (part: string | undefined): Element | null => {
		if (!part || !files[part]) return null;
		try {
			return parseXml(decoder.decode(files[part]), part);
		} catch (cause) {
			throw new ImportError(file, `damaged .docx: ${(cause as Error).message}`, { cause });
		}
	};
	const rels = readRels(files, documentPart);
	const target = (type: string): string | undefined => rels.find((r) => r.type === type && !r.external)?.target;
	const document = parse(documentPart) as Element;
	return {
		document,
		documentPart,
		styles: parse(target('styles')),
		numbering: parse(target('numbering')),
		footnotes: parse(target('footnotes')),
		endnotes: parse(target('endnotes')),
		settings: parse(target('settings')),
	};
}
