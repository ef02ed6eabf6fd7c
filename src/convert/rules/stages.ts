/**
 * Project stages: the words that list projects by stage in running text (`新开工A、B等；续建C；
 * 谋划D、E`). Each entry is one stage with the words that print it; a project listed after one of
 * them keeps that word, as printed, in its `stage` field. A newcomer meeting a new stage word adds
 * it here and one five-line test in tests/convert/projects.test.ts.
 */
export interface StageEntry {
	/** The stage this word means (for grouping); the printed word is what the data keeps. */
	stage: 'new' | 'continuing' | 'planned';
	words: string[];
}

export const STAGES: StageEntry[] = [
	{ stage: 'new', words: ['新开工', '新建开工', '开工建设', '启动建设', '启动'] },
	{ stage: 'continuing', words: ['续建', '在建'] },
	{ stage: 'planned', words: ['谋划储备', '谋划', '储备', '前期推进'] },
];

/** Regex source of every stage word, longest first. */
export function stagePattern(): string {
	return `(?:${STAGES.flatMap((s) => s.words).sort((a, b) => b.length - a.length).join('|')})`;
}
