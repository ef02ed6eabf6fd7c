// The page side of incremental builds (src/integrations/incremental.ts): which plans' own pages are
// already in the output folder, built from the same plan file by the same site code, and so need not
// be rendered again. Only per-plan routes ask; pages that list or compare plans are always rendered.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** Environment variable naming the JSON file (a list of plan file names) written at build start. */
export const FRESH_ENV = 'PLAN_PORTAL_FRESH_PLANS';

let fresh: Set<string> | null = null;

/** File names (`<slug>.mdx`) of plans whose pages the previous build left up to date; empty outside an incremental build. */
function freshPlans(): Set<string> {
	if (fresh) return fresh;
	const file = process.env[FRESH_ENV];
	fresh = new Set(file ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : []);
	return fresh;
}

/** Whether the pages of the plan stored from `filePath` must be rendered in this build. */
export function needsPages(entry: { filePath?: string | undefined }): boolean {
	return !entry.filePath || !freshPlans().has(basename(entry.filePath));
}
