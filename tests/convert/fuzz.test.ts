import { describe, expect, it } from 'vitest';
import { prng } from '../../scripts/lib/prng.ts';
import { ConvertError } from '../../src/convert/errors.ts';
import { convertPlan } from '../../src/convert/plan.ts';
import { renderMdx } from '../helpers/render-mdx.ts';
import { seedFiles, seedText } from '../helpers/seeds.ts';
import { readableLines, squash } from '../helpers/text.ts';

// Deterministic so a failure can be replayed: mutant k of seed s always uses PRNG seed s*1000+k.
const STRAY = ['{', '}', '<', '>', '<b>', '</div>', '<!--', '-->', '{x}', '<script>', '&#60;', '**', '`', '[', ']('];
const MUTANTS_PER_SEED = Number(process.env.FUZZ_PER_SEED ?? 40);

type Mutation = { lines: string[]; what: string; badLine?: number };

function mutate(lines: string[], random: () => number): Mutation {
	const pick = (n: number) => Math.floor(random() * n);
	const out = [...lines];
	const at = pick(out.length);
	const kind = pick(7);
	switch (kind) {
		case 0:
			out.splice(at, 1);
			return { lines: out, what: `delete line ${at + 1}` };
		case 1:
			out.splice(at, 0, out[at] ?? '');
			return { lines: out, what: `duplicate line ${at + 1}` };
		case 2: {
			const s = STRAY[pick(STRAY.length)] as string;
			const line = out[at] ?? '';
			const pos = pick(line.length + 1);
			out[at] = line.slice(0, pos) + s + line.slice(pos);
			return { lines: out, what: `insert ${s} into line ${at + 1}` };
		}
		case 3:
			out.splice(at, 0, `<div onclick="x">${STRAY[pick(STRAY.length)]}</div>`);
			return { lines: out, what: `insert HTML line at ${at + 1}` };
		case 4: {
			const tabbed = out.map((l, i) => (l.startsWith('\t') ? i : -1)).filter((i) => i >= 0);
			const i = tabbed.length ? (tabbed[pick(tabbed.length)] as number) : at;
			out[i] = (out[i] ?? '').replace(/^\t/, '');
			out.splice(i, 0, '\t');
			return { lines: out, what: `break table near line ${i + 1}` };
		}
		case 5:
			out[at] = `\t${out[at] ?? ''}`;
			return { lines: out, what: `indent line ${at + 1} as a cell` };
		default: {
			out[at] = `${out[at] ?? ''}\u0001`;
			return { lines: out, what: `control character in line ${at + 1}`, badLine: at + 1 };
		}
	}
}

describe('fuzzed seeds: convert with every line kept, or fail naming file and line', () => {
	const files = seedFiles();
	for (const [s, file] of files.entries()) {
		it(`${MUTANTS_PER_SEED} mutants of ${file}`, async () => {
			const original = seedText(file).split('\n');
			let converted = 0;
			for (let k = 0; k < MUTANTS_PER_SEED; k++) {
				const random = prng(s * 1000 + k);
				let m = mutate(original, random);
				if (random() < 0.5) m = { ...mutate(m.lines, random), what: `${m.what}; then ${mutate(m.lines, random).what}`, badLine: m.badLine };
				const text = m.lines.join('\n');
				let result;
				try {
					result = convertPlan(file, text, undefined);
				} catch (error) {
					expect(error, `${file} mutant ${k} (${m.what})`).toBeInstanceOf(ConvertError);
					expect((error as ConvertError).message).toMatch(new RegExp(`^${file.replace('.', '\\.')}:\\d+: `));
					continue;
				}
				expect(m.badLine, `${file} mutant ${k} (${m.what}) should have failed`).toBeUndefined();
				converted++;
				const rendered = await renderMdx(result.mdx);
				const visible = squash(rendered.text);
				expect([...rendered.tags].filter((t) => !['h2', 'h3', 'h4', 'h5', 'p', 'a', 'strong', 'div', 'table', 'caption', 'span', 'thead', 'tbody', 'tr', 'th', 'td', 'aside', 'ul', 'li'].includes(t)), `${file} mutant ${k} (${m.what})`).toEqual([]);
				const missing = readableLines(text).filter((l) => !visible.includes(l.text));
				expect(missing, `${file} mutant ${k} (${m.what})`).toEqual([]);
			}
			expect(converted).toBeGreaterThan(0);
		});
	}
});
