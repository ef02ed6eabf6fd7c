// Where a plan's rendered body lives: beside the content layer's data store, one file per store digest
// (`<cacheDir>/plan-html/<digest>.html`), named in the store entry (`rendered.metadata.htmlFile`).
// The store is serialised, bundled into the server build and parsed again on every build, whole:
// measured with `npm run bench` at 300 plans, the bodies were half of its 40 MB and cost a rebuild
// ~3 s in the Vite bundle, ~1.5 s compiling the store module and ~1 s serialising it. A body file is
// read only by the page that shows it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of rendered plan bodies of one collection (`plans`, `versions`) under Astro's cache directory (an absolute path); each loader prunes only its own. */
export const planHtmlDir = (cacheDir: string, collection = 'plans'): string => join(cacheDir, collection === 'plans' ? 'plan-html' : `plan-html-${collection}`);

/** The body file of the store entry with `digest`. */
export const planHtmlFile = (cacheDir: string, digest: string | number, collection = 'plans'): string => join(planHtmlDir(cacheDir, collection), `${digest}.html`);

/** The store entry's metadata naming its body file. */
export interface PlanHtmlMetadata {
	htmlFile: string;
}

/**
 * The rendered body of a plan entry (as stored by src/lib/content/plan-loader.ts). Throws naming the
 * entry when the store does not name a body file or the file is gone (delete the cache folder, rebuild).
 */
export function planHtml(entry: { id: string; rendered?: { metadata?: Record<string, unknown> } | undefined }): string {
	const file = entry.rendered?.metadata?.htmlFile;
	if (typeof file !== 'string') throw new Error(`plan "${entry.id}": the content store names no rendered body`);
	try {
		return readFileSync(file, 'utf8');
	} catch (cause) {
		throw new Error(`plan "${entry.id}": its rendered body ${file} cannot be read; delete the cache folder and build again`, { cause });
	}
}
