/** A file the importer cannot read, with the reason a person can act on; the CLI prints it and exits non-zero. */
export class ImportError extends Error {
	readonly file: string;
	constructor(file: string, message: string, options?: { cause?: unknown }) {
		super(`${file}: ${message}`, options);
		this.name = 'ImportError';
		this.file = file;
	}
}
