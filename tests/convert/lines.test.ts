import { describe, expect, it } from 'vitest';
import { ConvertError } from '../../src/convert/errors.ts';
import { decodeSeed, readLines } from '../../src/convert/lines.ts';
import { SEED, seedText } from '../helpers/seeds.ts';

describe('reading seed lines', () => {
	it('strips WPS bookmarks and keeps the 1-based line (002 line 4: [bookmark: …]一、规划背景)', () => {
		const lines = readLines(seedText(SEED.changle), SEED.changle);
		expect(lines[3]).toMatchObject({ n: 4, text: '一、规划背景' });
		expect(lines.some((l) => l.raw.includes('[bookmark'))).toBe(false);
	});

	it('counts lines as wc -l does and marks tab-indented cells (001 line 103: \\t一级指标)', () => {
		const lines = readLines(seedText(SEED.gulou), SEED.gulou);
		expect(lines).toHaveLength(394);
		expect(lines[102]).toMatchObject({ n: 103, text: '一级指标', tab: true });
	});

	it('rejects a control character naming file, line and column', () => {
		expect(() => readLines('第一行\n第二\u0007行\n', 'bad.txt')).toThrow(new ConvertError('bad.txt', 2, 'control character U+0007 at column 3'));
	});

	it('rejects bytes that are not UTF-8, naming the line (line 3 saved as GBK: 中文)', () => {
		const bytes = new Uint8Array([...new TextEncoder().encode('一\n二\n'), 0xd6, 0xd0, 0xce, 0xc4, 0x0a]);
		expect(() => decodeSeed(bytes, 'gbk.txt')).toThrow(/^gbk\.txt:3: not valid UTF-8/);
	});

	it('accepts a UTF-8 byte-order mark and CRLF line ends', () => {
		const lines = readLines('\uFEFF标题\r\n\r\n正文\r\n', 'crlf.txt');
		expect(lines.map((l) => l.text)).toEqual(['标题', '', '正文']);
	});
});
