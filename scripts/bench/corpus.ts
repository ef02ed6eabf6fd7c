import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { segmentBlocks } from '../../src/convert/blocks.ts';
import { buildDocument } from '../../src/convert/document.ts';
import { readLines } from '../../src/convert/lines.ts';
import { prng } from '../lib/prng.ts';

const REGIONS = ['槐荫区', '鼓楼区', '昌乐县', '绥滨县', '埇桥区', '槐荫', '鼓楼', '昌乐', '绥滨', '埇桥'];

/** Top-level sections of each seed (from a level-1 heading to the next), each a run of whole lines. */
export function seedSections(seedsDir: string): string[][] {
	return readdirSync(seedsDir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((file) => {
			const text = readFileSync(join(seedsDir, file), 'utf8');
			const lines = text.split('\n');
			const starts = buildDocument(segmentBlocks(readLines(text, file)))
				.filter((n) => n.kind === 'heading' && n.level === 1)
				.map((n) => n.line - 1);
			const cuts = [0, ...starts, lines.length];
			return cuts.slice(0, -1).map((from, k) => lines.slice(from, cuts[k + 1]).join('\n')).filter((s) => s.trim());
		});
}

/** Plan k of a synthetic corpus: sections drawn from all seeds, shuffled, with its own region name. */
export function syntheticPlan(k: number, sections: string[][]): { name: string; text: string } {
	const random = prng(1000 + k);
	const name = `测试${k + 1}县`;
	const pool = sections.flat();
	const count = 4 + Math.floor(random() * 4);
	const chosen = Array.from({ length: count }, () => pool[Math.floor(random() * pool.length)] as string);
	let body = chosen.join('\n\n');
	for (const region of REGIONS) body = body.split(region).join(name);
	return { name, text: `${name}卫生健康“十四五”规划\n\n（征求意见稿）\n\n${body}\n` };
}
