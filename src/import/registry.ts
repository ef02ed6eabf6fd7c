import { isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { parsePlansYaml } from '../convert/metadata.ts';
import type { PlanOrigin } from '../schema/plan.ts';

/** What the importer records for one seed in seeds/plans.yaml. */
export interface ImportEntry {
	slug: string;
	file: string;
	origin: PlanOrigin;
}

/** The seed file an original was imported to before (same sha256), if plans.yaml has it. */
export function previousImport(yamlText: string, sha256: string): { slug: string; file: string } | null {
	const entries = yamlText.trim() === '' ? [] : parsePlansYaml(yamlText);
	const hit = entries.find((e) => e.origin?.sha256 === sha256);
	return hit ? { slug: hit.slug, file: hit.file } : null;
}

/**
 * Adds or updates the plans.yaml entry of an imported seed, keeping the file's comments, the
 * order of entries and every field a person curated. The entry is found by the original's
 * sha256, else by seed file name; a new one is appended. The result is checked with the
 * converter's own schema before it is returned, and a slug already used by another entry is an error.
 */
export function upsertImportEntry(yamlText: string, entry: ImportEntry): string {
	const doc = parseDocument(yamlText.trim() === '' ? '[]\n' : yamlText);
	if (doc.errors.length > 0) throw new Error(`plans.yaml is not valid YAML: ${doc.errors[0]?.message}`, { cause: doc.errors[0] });
	if (!isSeq(doc.contents)) throw new Error('plans.yaml must be a list of entries');
	const seq = doc.contents;
	const items = seq.items.filter(isMap) as YAMLMap[];
	const origin = (m: YAMLMap): unknown => (m.getIn(['origin', 'sha256']) as unknown) ?? null;
	const existing = items.find((m) => origin(m) === entry.origin.sha256) ?? items.find((m) => m.get('file') === entry.file);
	const clash = items.find((m) => m !== existing && m.get('slug') === entry.slug);
	if (clash) throw new Error(`slug “${entry.slug}” is already used by ${String(clash.get('file'))} in plans.yaml; choose another with --slug`);
	const originNode = doc.createNode({ file: entry.origin.file, format: entry.origin.format, sha256: entry.origin.sha256, ...(entry.origin.pages ? { pages: entry.origin.pages } : {}) });
	originNode.flow = true;
	if (existing) {
		existing.set('slug', entry.slug);
		existing.set('file', entry.file);
		existing.set('origin', originNode);
	} else {
		const node = doc.createNode({ slug: entry.slug, file: entry.file }) as YAMLMap<unknown, unknown>;
		node.set('origin', originNode);
		(seq as YAMLSeq<unknown>).add(node);
	}
	if (seq.flow) seq.flow = false;
	const text = doc.toString({ lineWidth: 0 });
	parsePlansYaml(text);
	return text;
}
