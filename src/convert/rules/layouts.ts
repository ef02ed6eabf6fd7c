import { readFlattenedTable, readSpacedTable, readWordTable, type ReadTable } from '../layouts.ts';
import type { SourceLine } from '../lines.ts';

/**
 * Table layouts: the ways a table reaches a plain-text plan, one named entry each, tried in order
 * at every line that does not start a 专栏 box. A newcomer meeting a new layout writes its reader in
 * layouts.ts, adds one entry here and one five-line test in tests/convert/layouts.test.ts.
 */
export interface TableLayout {
	name: string;
	example: string;
	read: (lines: SourceLine[], start: number) => ReadTable | null;
}

export const TABLE_LAYOUTS: TableLayout[] = [
	{ name: 'word-tabs', example: '→指标\\n→2025年\\n\\n→婴儿死亡率（‰）\\n→＜5', read: readWordTable },
	{ name: 'flattened', example: '领域\\n\\n序号\\n\\n指标\\n\\n2025年目标值\\n\\n健康水平\\n\\n1\\n\\n…', read: readFlattenedTable },
	{ name: 'spaced', example: '分类 序号 主要指标 单位 2025年\\n健康 水平 1 人均预期寿命 岁 81', read: readSpacedTable },
];
