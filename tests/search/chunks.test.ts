import { describe, expect, it } from 'vitest';
import { chunksFor, previewOf, termChunks, termWords, type ChunkTable } from '../../src/lib/search/chunks.ts';
import { pagefindTerm, wordQuery } from '../../src/lib/search/tokens.ts';

// Boundaries as Pagefind writes them: shortest distinguishing prefixes of neighbouring words.
const TABLE: ChunkTable = [
	['011', 'gp8fl', 'a'],
	['gp8fn', 'ph9gb', 'b'],
	['ph9ge', '＞78', 'c'],
];

describe('termWords', () => {
	it('drops the exact-phrase quotes and splits at spaces', () => {
		expect(termWords('"hv8g1r g1rl8b l8bfj5"')).toEqual(['hv8g1r', 'g1rl8b', 'l8bfj5']);
		expect(termWords('hv8')).toEqual(['hv8']);
		expect(termWords(pagefindTerm(wordQuery([...'婴儿死亡率'])))).toHaveLength(4);
	});
});

describe('chunksFor (Pagefind 1.x request_indexes)', () => {
	it('takes for each word the first chunk whose range holds it, sorted and without repeats', () => {
		expect(chunksFor(TABLE, ['hv8g1r', 'g1rl8b', 'l8bfj5', 'fj5jxy'])).toEqual(['a', 'b']);
		expect(chunksFor(TABLE, ['ph9ge0'])).toEqual(['c']);
		expect(chunksFor(TABLE, ['011'])).toEqual(['a']);
	});
	it('a word between two ranges reads nothing when another word has a chunk', () => {
		expect(chunksFor(TABLE, ['gp8fm', 'hv8g1r'])).toEqual(['b']);
	});
	it('when no word falls in a range, each takes the first chunk that may hold an extension of it', () => {
		// 'ac5' sorts after chunk x's last word 'ac', but its first two letters are within x's range.
		expect(chunksFor([['ab', 'ac', 'x'], ['ad', 'b', 'y']], ['ac5'])).toEqual(['x']);
		expect(chunksFor(TABLE, ['gp8fm'])).toEqual([]);
		expect(chunksFor(TABLE, ['00'])).toEqual([]);
	});
	it('compares by code point as Rust compares UTF-8 (an astral character sorts after U+FF1E)', () => {
		expect(chunksFor(TABLE, ['＞7'])).toEqual(['c']);
		expect(chunksFor([['a', '\u{20000}', 'x']], ['\uff1e'])).toEqual(['x']);
	});
	it('an empty table or no words reads nothing', () => {
		expect(chunksFor([], ['hv8g1r'])).toEqual([]);
		expect(chunksFor(TABLE, [])).toEqual([]);
	});
});

describe('previewOf', () => {
	it('null when the query reads one chunk', () => {
		expect(previewOf(TABLE, ['"hv8g1r l8bfj5"'])).toBeNull();
		expect(previewOf(TABLE, ['hv8'])).toBeNull();
	});
	it('the chunk holding most of the words, searched as plain words', () => {
		expect(previewOf(TABLE, ['"hv8g1r g1rl8b l8bfj5 fj5jxy"'])).toEqual({ chunk: 'b', term: 'hv8g1r l8bfj5' });
	});
	it('over several query words, counting each word once; the first chunk in query order on a tie', () => {
		expect(previewOf(TABLE, ['"g1rl8b"', '"hv8g1r"'])).toEqual({ chunk: 'a', term: 'g1rl8b' });
		expect(previewOf(TABLE, ['"hv8g1r g1rl8b"', '"hv8g1r ph9gz1"'])).toEqual({ chunk: 'b', term: 'hv8g1r' });
	});
});

describe('termChunks', () => {
	it('the union of each term’s chunks, as Pagefind is asked once per term (the loose rule applies per term)', () => {
		expect(termChunks(TABLE, ['"hv8g1r g1rl8b"', 'ph9ge0'])).toEqual(['a', 'b', 'c']);
		// 'ac5' alone falls back to the loose rule; asked together with a word in range it would not.
		const table: ChunkTable = [['ab', 'ac', 'x'], ['ad', 'b', 'y']];
		expect(termChunks(table, ['ac5', 'ae'])).toEqual(['x', 'y']);
		expect(chunksFor(table, ['ac5', 'ae'])).toEqual(['y']);
	});
});
