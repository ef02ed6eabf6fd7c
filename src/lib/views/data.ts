// View model of the /data/ page: the fields of each data file, read from the JSON Schema that
// /data/schema/<file> publishes (src/schema/data.ts), so the page and the schema never disagree.
import { DATA_FILES, type DataFile, type JsonSchemaNode as Node, jsonSchemaOf, ZH_DESCRIPTION } from '../../schema/data.ts';
import type { Locale } from '../urls.ts';

/** A run of text with its language when that differs from the page's (Chinese inside English prose). */
export interface Run {
	text: string;
	lang?: 'zh-CN';
}

/** One documented field: dotted path (`[]` for array items), type in JSON terms, description in the locale. */
export interface FieldRow {
	path: string;
	type: string;
	/** `zh-CN` when the type lists Chinese values (the status enum), so English pages mark them. */
	typeLang: string | undefined;
	optional: boolean;
	description: Run[];
}

// Han characters and CJK punctuation, full-width forms included (＜, （）).
const CJK_RUN = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]+(?:[\s\d.\-–]*[\u3400-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]+)*/g;

/**
 * Splits English text into runs so Chinese examples in it can be marked `lang="zh-CN"`
 * (`'binding (约束性)'` → `binding (`, `约束性` zh-CN, `)`). On Chinese pages the text is one run.
 */
export function languageRuns(text: string, locale: Locale): Run[] {
	if (locale === 'zh') return [{ text }];
	const runs: Run[] = [];
	let at = 0;
	for (const m of text.matchAll(CJK_RUN)) {
		if (m.index > at) runs.push({ text: text.slice(at, m.index) });
		runs.push({ text: m[0], lang: 'zh-CN' });
		at = m.index + m[0].length;
	}
	if (at < text.length) runs.push({ text: text.slice(at) });
	return runs;
}

/** The type of a node in JSON words: `string`, `integer | null`, `"binding" | "expected" | null`, `[number, number]`, `object[]`. */
export function typeLabel(node: Node): string {
	if (node.anyOf) return [...new Set(node.anyOf.map(typeLabel))].join(' | ');
	if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
	if (node.const !== undefined) return JSON.stringify(node.const);
	const types = ([] as string[]).concat(node.type ?? []);
	return types
		.map((type) => {
			if (type === 'array' && node.prefixItems) return `[${node.prefixItems.map(typeLabel).join(', ')}]`;
			if (type === 'array') return `${node.items ? typeLabel(node.items) : 'unknown'}[]`;
			if (type === 'string' && node.format === 'uri') return 'string (URL)';
			return type;
		})
		.join(' | ');
}

/** The object a node holds, through `anyOf` (nullable objects) and `items` (arrays of objects). */
function objectOf(node: Node): { node: Node; suffix: string } | null {
	if (node.properties) return { node, suffix: '' };
	if (node.items) {
		const inner = objectOf(node.items);
		return inner ? { node: inner.node, suffix: `[]${inner.suffix}` } : null;
	}
	for (const option of node.anyOf ?? []) {
		const inner = objectOf(option);
		if (inner) return inner;
	}
	return null;
}

/** Every field of an object node, depth first, each object before its own fields. */
export function fieldRows(node: Node, locale: Locale, prefix = ''): FieldRow[] {
	const rows: FieldRow[] = [];
	for (const [name, child] of Object.entries(node.properties ?? {})) {
		const path = `${prefix}${name}`;
		const text = (locale === 'zh' ? child[ZH_DESCRIPTION] : undefined) ?? child.description ?? '';
		const inner = objectOf(child);
		rows.push({ path, type: typeLabel(child), typeLang: /\p{Script=Han}/u.test(typeLabel(child)) ? 'zh-CN' : undefined, optional: !(node.required ?? []).includes(name), description: languageRuns(text, locale) });
		if (inner) rows.push(...fieldRows(inner.node, locale, `${path}${inner.suffix}.`));
	}
	return rows;
}

/** One JSON data file as /data/ documents it. */
export interface DataFileView {
	file: DataFile;
	/** Site path of its JSON Schema. */
	schema: string;
	/** Top-level fields with nested ones in braces: `region{name, city}, quantities[{value, unit}]`. */
	summary: string;
	/** What one record is, in the locale. */
	record: Run[];
	fields: FieldRow[];
}

function summary(node: Node): string {
	return Object.entries(node.properties ?? {})
		.map(([name, child]) => {
			const inner = objectOf(child);
			if (!inner) return name;
			const body = summary(inner.node);
			return inner.suffix === '[]' ? `${name}[{${body}}]` : `${name}{${body}}`;
		})
		.join(', ');
}

/** The JSON files of /data/ with their fields documented from the published schema. */
export function dataFiles(locale: Locale, schemaPath: (file: string) => string): DataFileView[] {
	return (Object.keys(DATA_FILES) as DataFile[]).map((file) => {
		const schema = jsonSchemaOf(file, schemaPath(file)) as Node;
		const record = schema.items as Node;
		const text = (locale === 'zh' ? record[ZH_DESCRIPTION] : undefined) ?? record.description ?? '';
		return { file, schema: schemaPath(file), summary: summary(record), record: languageRuns(text, locale), fields: fieldRows(record, locale) };
	});
}
