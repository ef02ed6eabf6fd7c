// Synthetic corpora for the benchmark: plan texts recombined from the real seeds' top-level sections,
// so every synthetic text is made of real plan text (tables, 专栏 boxes, prose targets) and converts
// like one. Pure and deterministic: the same (k, seeds) always gives the same text.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { segmentBlocks } from '../../src/convert/blocks.ts';
import { buildDocument } from '../../src/convert/document.ts';
import { readLines } from '../../src/convert/lines.ts';
import { parsePlansYaml } from '../../src/convert/metadata.ts';
import { prng } from '../lib/prng.ts';

/** How a seed numbers its top-level sections: `第一章` chapters or `一、` items. */
export type TopStyle = 'chapter' | 'item';

/** One top-level section of a seed: its lines from its heading up to the next top-level heading. */
export interface Section {
	seed: string;
	/** 1-based line of the heading in the seed. */
	line: number;
	kind: 'preface' | 'body' | 'annex';
	style: TopStyle;
	lines: string[];
}

export interface SeedInfo {
	file: string;
	/** The region names the seed uses for itself (full and short), replaced in synthetic texts. */
	names: string[];
	code: string | null;
}

/** Region names and codes of the seeds, from their curated seeds/plans.yaml entries. */
export function seedInfo(seedsDir: string): SeedInfo[] {
	const yamlPath = join(seedsDir, 'plans.yaml');
	// Seeds whose entry names no region keep their own names (the entry's region is optional).
	return parsePlansYaml(readFileSync(yamlPath, 'utf8'), yamlPath).flatMap((meta) => {
		if (!meta.region) return [];
		const name = meta.region.name;
		const short = name.replace(/(自治县|县|区|市|旗)$/, '');
		return [{ file: meta.file, names: short.length >= 2 ? [name, short] : [name], code: meta.region.code ?? null }];
	});
}

const DIGITS = '〇一二三四五六七八九';

/** 1–99 as a Chinese numeral (三, 十二, 二十): the inverse of src/convert/vocabulary.ts parseNumeral. */
export function toChineseNumeral(n: number): string {
	if (n < 10) return DIGITS[n] as string;
	const tens = Math.floor(n / 10);
	return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
}

const SPLIT = /\r\n|\r|\n/;
const TOP_NUMBER = /^(\s*(?:\[bookmark: [^\]]*\]\s*)*)(第[一二三四五六七八九十]+章|[一二三四五六七八九十]+、|\d{1,2}、)/;

/**
 * The top-level sections of every seed (a level-1 heading up to the next), each a run of whole
 * lines. Throws if a cut would fall inside a table or a 专栏 box: blocks must stay intact.
 */
export function seedSections(seedsDir: string): Section[] {
	const sections: Section[] = [];
	for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
		const text = readFileSync(join(seedsDir, file), 'utf8');
		const lines = text.split(SPLIT);
		if (lines.at(-1) === '') lines.pop();
		const blocks = segmentBlocks(readLines(text, file));
		const tops = buildDocument(blocks).flatMap((n) => (n.kind === 'heading' && n.level === 1 ? [n] : []));
		const style: TopStyle = tops.some((h) => h.style === '第一章') ? 'chapter' : 'item';
		for (const [k, heading] of tops.entries()) {
			const from = heading.line;
			const to = tops[k + 1]?.line ?? lines.length + 1;
			for (const b of blocks) {
				if (b.type !== 'line' && b.line < from && b.endLine >= from) throw new Error(`${file}:${from}: a section cut falls inside the ${b.type} at lines ${b.line}-${b.endLine}`);
			}
			const kind = heading.style === '前言' ? 'preface' : heading.style === '附件' ? 'annex' : 'body';
			sections.push({ seed: file, line: from, kind, style, lines: lines.slice(from - 1, to - 1) });
		}
	}
	return sections;
}

/** Renumbers a top-level heading line for its new position (`第三章` → `第一章`, `2、` → `一、`). */
export function renumber(line: string, position: number, style: TopStyle): string {
	const numeral = toChineseNumeral(position);
	return line.replace(TOP_NUMBER, (_, prefix: string) => `${prefix}${style === 'chapter' ? `第${numeral}章` : `${numeral}、`}`);
}

/** Fisher–Yates with the given random source. */
function shuffle<T>(items: T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

export interface SyntheticPlan {
	name: string;
	/** A made-up six-digit code (province 99 does not exist), or a seed's real code with `realCodes`. */
	code: string;
	text: string;
	/** `seed:line` of every section used, in order. */
	sections: string[];
}

/**
 * Plan k of a synthetic corpus: a title, then 3–8 top-level sections drawn without repetition from
 * the seeds that number their sections the same way, in shuffled order and renumbered, with every
 * seed's own region names replaced by the synthetic county's name. `realCodes` borrows the county
 * code of the seed the first section came from, so maps with geometry are drawn too.
 */
export function syntheticPlan(k: number, sections: Section[], seeds: SeedInfo[], options: { realCodes?: boolean } = {}): SyntheticPlan {
	const random = prng(1000 + k);
	const name = `测试${k + 1}县`;
	const style: TopStyle = random() < 0.5 ? 'chapter' : 'item';
	const body = sections.filter((s) => s.kind === 'body' && s.style === style);
	const count = Math.min(body.length, 3 + Math.floor(random() * 6));
	const chosen = shuffle(body, random).slice(0, count);
	const preface = style === 'chapter' && random() < 0.5 ? sections.filter((s) => s.kind === 'preface' && s.style === style) : [];
	const annexes = style === 'chapter' && random() < 0.5 ? sections.filter((s) => s.kind === 'annex' && s.style === style) : [];
	const parts = [...preface, ...chosen.map((s, i) => ({ ...s, lines: [renumber(s.lines[0] as string, i + 1, style), ...s.lines.slice(1)] })), ...annexes];
	let text = parts.map((s) => s.lines.join('\n')).join('\n');
	const names = seeds.flatMap((s) => s.names).sort((a, b) => b.length - a.length);
	for (const region of names) text = text.split(region).join(name);
	const first = seeds.find((s) => s.file === chosen[0]?.seed);
	const code = options.realCodes && first?.code ? first.code : `99${String(k + 1).padStart(4, '0')}`;
	return { name, code, text: `${name}卫生健康“十四五”规划\n\n（征求意见稿）\n\n${text}\n`, sections: parts.map((s) => `${s.seed}:${s.line}`) };
}
