// The tabular downloads (CSV and spreadsheet) as columns of the JSON records: one list per file says
// which JSON field each column holds, so the CSV, the .xlsx, the Table Schema in datapackage.json and
// the /data/ page all read one definition, and a field added to the contract (src/schema/data.ts)
// without a column fails tests/site/open-data.test.ts.
import type { IndicatorRecord, ProjectRecord } from '../schema/data.ts';

/** Separator of a list flattened into one cell (`related`: `a;b`); Table Schema `list` type's delimiter. */
export const LIST_DELIMITER = ';';

/** One column: its name and the JSON field it holds (a path; a number indexes a tuple such as `target.range`). */
export interface Column {
	name: string;
	path: readonly (string | number)[];
	/** How a value that is an array becomes one cell: `list` (ids joined by {@link LIST_DELIMITER}) or `quantities` (`2500 m²; 5 辆`); an empty array is an empty cell. */
	flatten?: 'list' | 'quantities';
}

const col = (name: string, path: string, flatten?: Column['flatten']): Column => ({ name, path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), ...(flatten ? { flatten } : {}) });

/**
 * indicators.csv / indicators.xlsx. The first 24 columns are the ones published before 2026-12 in their
 * order; columns added later come after them, so a reader that goes by position keeps working.
 */
export const INDICATOR_COLUMNS: readonly Column[] = [
	col('plan', 'plan'), col('id', 'id'), col('url', 'url'), col('name', 'name'), col('name_en', 'name_en'), col('canonical', 'canonical'), col('domain', 'domain'), col('unit', 'unit'),
	col('baseline_year', 'baseline.year'), col('baseline_value', 'baseline.value'), col('baseline_text', 'baseline.text'),
	col('target_year', 'target.year'), col('target_value', 'target.value'), col('target_comparator', 'target.comparator'), col('target_text', 'target.text'),
	col('attribute', 'attribute'), col('attribute_text', 'attribute_text'), col('kind', 'kind'), col('commitment', 'commitment'),
	col('source_file', 'source.file'), col('source_line', 'source.line'), col('source_quote', 'source.quote'), col('conflict', 'conflict'), col('note', 'note'),
	col('target_range_low', 'target.range.0'), col('target_range_high', 'target.range.1'), col('source_url', 'source.url'), col('related', 'related', 'list'), col('parent', 'parent'), col('version', 'version'),
];

/** projects.csv / projects.xlsx. */
export const PROJECT_COLUMNS: readonly Column[] = [
	col('plan', 'plan'), col('id', 'id'), col('url', 'url'), col('name', 'name'), col('description', 'description'), col('group', 'group'), col('kind', 'kind'), col('form', 'form'), col('town', 'town'), col('stage', 'stage'),
	col('quantities', 'quantities', 'quantities'), col('source_file', 'source.file'), col('source_line', 'source.line'), col('version', 'version'),
];

/** The tabular files: each with its columns and the JSON file whose records it flattens. */
export const TABLES = {
	indicators: { json: 'indicators.json', columns: INDICATOR_COLUMNS },
	projects: { json: 'projects.json', columns: PROJECT_COLUMNS },
} as const;
export type TableName = keyof typeof TABLES;

/** A flat cell value: text, a number, or null (an empty cell). */
export type Cell = string | number | null;

/** The value of `column` in `record`: the field at its path, an array flattened as the column says, null for absent. */
export function cellOf(record: object, column: Column): Cell {
	let value: unknown = record;
	for (const key of column.path) value = value === null || value === undefined ? undefined : (value as Record<string | number, unknown>)[key];
	if (value === null || value === undefined) return null;
	if (Array.isArray(value)) {
		if (value.length === 0) return null;
		if (column.flatten === 'list') return (value as string[]).join(LIST_DELIMITER);
		if (column.flatten === 'quantities') return (value as ProjectRecord['quantities']).map((q) => `${q.value} ${q.unit}`).join('; ');
		throw new Error(`column "${column.name}" holds an array but says not how to flatten it`);
	}
	if (typeof value === 'object') throw new Error(`column "${column.name}" holds an object; point its path at a field inside it`);
	return value as string | number;
}

/** The records as rows of cells keyed by column name. */
export function rowsOf(records: readonly (IndicatorRecord | ProjectRecord)[], columns: readonly Column[]): Record<string, Cell>[] {
	return records.map((record) => Object.fromEntries(columns.map((c) => [c.name, cellOf(record, c)])));
}
