import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlansYaml } from '../../src/convert/metadata.ts';
import { previousImport, upsertImportEntry } from '../../src/import/registry.ts';

const YAML = readFileSync(join(import.meta.dirname, '../../seeds/plans.yaml'), 'utf8');
const origin = { file: '示例县规划.docx', format: 'docx' as const, sha256: 'a'.repeat(64) };

describe('recording an import in plans.yaml', () => {
	it('appends an entry and leaves every existing byte, comment included, as it was', () => {
		const out = upsertImportEntry(YAML, { slug: 'shili', file: '005_aaaaaaaaaaaaaaaa.txt', origin });
		expect(out.startsWith(YAML)).toBe(true);
		expect(out.slice(YAML.length)).toBe(`- slug: shili\n  file: 005_aaaaaaaaaaaaaaaa.txt\n  origin: { file: 示例县规划.docx, format: docx, sha256: ${'a'.repeat(64)} }\n`);
		expect(parsePlansYaml(out).at(-1)?.origin).toEqual(origin);
	});
	it('updates the entry of the same original (found by sha256) and keeps what a person curated there', () => {
		const first = upsertImportEntry(YAML, { slug: 'shili', file: '005_aaaaaaaaaaaaaaaa.txt', origin });
		const curated = first.replace('- slug: shili\n', '- slug: shili\n  title: 示例县卫生健康事业发展“十四五”规划 # checked by hand\n');
		const again = upsertImportEntry(curated, { slug: 'shili-county', file: '005_aaaaaaaaaaaaaaaa.txt', origin: { ...origin, file: 'renamed.docx' } });
		const entry = parsePlansYaml(again).at(-1);
		expect(entry).toMatchObject({ slug: 'shili-county', title: '示例县卫生健康事业发展“十四五”规划', origin: { file: 'renamed.docx' } });
		expect(again).toContain('# checked by hand');
		expect(parsePlansYaml(again)).toHaveLength(parsePlansYaml(YAML).length + 1);
		expect(previousImport(again, origin.sha256)).toEqual({ slug: 'shili-county', file: '005_aaaaaaaaaaaaaaaa.txt' });
	});
	it('is idempotent: the same import twice gives the same file', () => {
		const once = upsertImportEntry(YAML, { slug: 'shili', file: '005_a.txt', origin });
		expect(upsertImportEntry(once, { slug: 'shili', file: '005_a.txt', origin })).toBe(once);
	});
	it('refuses a slug another plan already uses', () => {
		expect(() => upsertImportEntry(YAML, { slug: 'suibin', file: '005_a.txt', origin })).toThrow(/slug “suibin” is already used by 003_441b0165e017b62f\.txt/);
	});
	it('starts a plans.yaml when there is none', () => {
		expect(parsePlansYaml(upsertImportEntry('', { slug: 'x', file: 'x.txt', origin }))).toEqual([{ slug: 'x', file: 'x.txt', origin }]);
	});
});
