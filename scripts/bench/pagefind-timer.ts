// Stands in for the `pagefind` package during a benchmark build (see build-child.ts) and times its
// steps: creating the index, adding the records one by one, writing the files.
import type * as Pagefind from 'pagefind';

export interface PagefindTimings {
	createMs: number;
	addMs: number;
	adds: number;
	writeMs: number;
}

const real = (await import(process.env.BENCH_PAGEFIND_REAL as string)) as typeof Pagefind;
const timings: PagefindTimings = ((globalThis as { benchPagefind?: PagefindTimings }).benchPagefind ??= { createMs: 0, addMs: 0, adds: 0, writeMs: 0 });

async function timed<T>(slot: 'createMs' | 'addMs' | 'writeMs', run: () => Promise<T>): Promise<T> {
	const started = performance.now();
	try {
		return await run();
	} finally {
		timings[slot] += performance.now() - started;
	}
}

export const close = real.close;
export const createIndex: typeof real.createIndex = async (config) => {
	const response = await timed('createMs', () => real.createIndex(config));
	const index = response.index;
	if (!index) return response;
	// BENCH_NO_INDEX=1 (bench --no-index): records are read and counted but not given to Pagefind, so
	// the astro phases can be measured at sizes where one Pagefind index would not fit in memory.
	const skip = process.env.BENCH_NO_INDEX === '1';
	const wrapped: typeof index = {
		...index,
		addCustomRecord: (record) => {
			timings.adds++;
			return skip ? Promise.resolve({ errors: [], file: { url: record.url, meta: {}, filters: {}, wordCount: 0 } } as unknown as Awaited<ReturnType<typeof index.addCustomRecord>>) : timed('addMs', () => index.addCustomRecord(record));
		},
		// Skipped: an empty index is written instead (the bundle files the integration moves about still exist).
		writeFiles: async (options) => {
			if (!skip) return timed('writeMs', () => index.writeFiles(options));
			const empty = (await real.createIndex({ forceLanguage: 'zh-cn' })).index!;
			await empty.addCustomRecord({ url: '/', content: 'x', language: 'zh-cn' });
			return empty.writeFiles(options);
		},
	};
	return { ...response, index: wrapped };
};
