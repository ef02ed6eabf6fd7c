// Pagefind segments a Chinese query with Intl.Segmenter only when the page itself is zh/ja/th.
// The English search page asks the same Chinese index, so the query is segmented here, the same
// way, whatever the page language. Results are then kept only if they contain the query's words
// exactly (see the search script), so segmentation can widen the net but never add noise.

/** A query as Pagefind terms: Chinese runs split into words, everything else as typed. */
export function segmentQuery(query: string): string {
	const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
	return query
		.trim()
		.split(/\s+/)
		.filter(Boolean)
		.flatMap((run) => [...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment))
		.join(' ');
}

/** The words every result must contain, exactly (case-insensitive for Latin letters). */
export function queryWords(query: string): string[] {
	return query.trim().split(/\s+/).filter(Boolean);
}
