/** An input problem a person can fix, located by seed file and 1-based line. */
export class ConvertError extends Error {
	readonly file: string;
	readonly line: number | null;
	constructor(file: string, line: number | null, message: string, options?: { cause?: unknown }) {
		super(`${file}${line === null ? '' : `:${line}`}: ${message}`, options);
		this.name = 'ConvertError';
		this.file = file;
		this.line = line;
	}
}
