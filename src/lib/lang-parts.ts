/** A piece of a sentence with its language (BCP 47, e.g. `zh-CN`); no `lang` means the page's own language. */
export interface LangPart {
	text: string;
	lang?: string;
}

/** Private-use characters around a slot number; the pieces' own text never passes through the sentence, only these marks. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/**
 * Builds a sentence with an i18n string function while keeping the language of the pieces put into it: `build`
 * receives `slot(piece)`, which stands in for a piece (e.g. a Chinese heading inside an English citation); the
 * result is the sentence as parts, each piece with its own `lang`, the i18n wording in between without one.
 * Joining the parts' text gives exactly what the i18n function returns for the plain pieces.
 * Throws when the function altered a slot (it must interpolate pieces verbatim).
 */
export function langParts(build: (slot: (piece: LangPart) => string) => string): LangPart[] {
	const pieces: LangPart[] = [];
	const sentence = build((piece) => `${OPEN}${pieces.push(piece) - 1}${CLOSE}`);
	const parts: LangPart[] = [];
	const split = sentence.split(SLOT);
	for (let k = 0; k < split.length; k++) {
		const chunk = split[k] ?? '';
		if (k % 2 === 1) {
			const piece = pieces[Number(chunk)];
			if (piece && piece.text) parts.push({ ...piece });
			continue;
		}
		if (chunk.includes(OPEN) || chunk.includes(CLOSE)) throw new Error(`langParts: the sentence function altered a slot: ${JSON.stringify(sentence)}`);
		if (chunk) parts.push({ text: chunk });
	}
	return parts;
}
