import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ConvertError } from '../convert/errors.ts';
import { parsePlansYaml, slugFromFile } from '../convert/metadata.ts';
import { convertPlan } from '../convert/plan.ts';
import { ImportError } from './errors.ts';
import { importBytes, READERS, type Imported, type ImportFormat } from './import.ts';
import { previousImport, upsertImportEntry } from './registry.ts';

export interface ImportOptions {
	input: string;
	slug?: string;
	seeds: string;
	encoding?: string;
	format?: ImportFormat;
	/** Print what would be written; write nothing. */
	dryRun: boolean;
}

const USAGE = 'usage: npm run import -- <file.docx | file.html | file.pdf> [--slug name] [--encoding gbk] [--seeds dir] [--dry-run]';

function parseArgs(argv: string[]): ImportOptions {
	const options: Partial<ImportOptions> & { seeds: string; dryRun: boolean } = { seeds: 'seeds', dryRun: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		const value = (): string => {
			const v = argv[++i];
			if (v === undefined) throw new ImportError(arg, `${arg} needs a value; ${USAGE}`);
			return v;
		};
		if (arg === '--slug') options.slug = value();
		else if (arg === '--seeds') options.seeds = value();
		else if (arg === '--encoding') options.encoding = value();
		else if (arg === '--format') options.format = value() as ImportFormat;
		else if (arg === '--dry-run') options.dryRun = true;
		else if (arg.startsWith('--')) throw new ImportError(arg, `unknown option; ${USAGE}`);
		else if (options.input === undefined) options.input = arg;
		else throw new ImportError(arg, `one file at a time; ${USAGE}`);
	}
	if (options.input === undefined) throw new ImportError('import', `no file given; ${USAGE}`);
	if (options.slug !== undefined && !/^[a-z0-9-]+$/.test(options.slug)) throw new ImportError(options.slug, 'a slug is lower-case letters, digits and dashes (it becomes the address /plans/<slug>/)');
	if (options.format !== undefined && !(options.format in READERS)) throw new ImportError(options.format, `unknown --format; one of ${Object.keys(READERS).join(', ')}`);
	return options as ImportOptions;
}

/** The seed file name for a new import: the next number after the existing seeds, then the original's sha256 prefix (`005_1a2b….txt`). */
export function nextSeedName(seeds: string, sha256: string): string {
	const numbers = existsSync(seeds) ? readdirSync(seeds).map((f) => /^(\d+)_/.exec(f)?.[1]).filter((n): n is string => n !== undefined).map(Number) : [];
	const next = numbers.length === 0 ? 0 : Math.max(...numbers) + 1;
	return `${String(next).padStart(3, '0')}_${sha256.slice(0, 16)}.txt`;
}

/** What one run did, for the summary and for tests. */
export interface ImportRun {
	imported: Imported;
	seedFile: string;
	slug: string;
	yamlAction: 'added' | 'updated' | 'unchanged' | 'not written';
	counts: { headings: number; indicators: number; projects: number; tables: number };
	title: string;
}

/**
 * Imports one file into `<seeds>/<NNN_sha>.txt` and records its origin in `<seeds>/plans.yaml`.
 * The text is converted before anything is written, so a file that would break the build is
 * refused with the converter's error. Re-importing the same original rewrites the same seed.
 */
export async function runImport(options: ImportOptions): Promise<ImportRun> {
	const bytes = readFileSync(options.input);
	const name = basename(options.input);
	const imported = await importBytes(bytes, name, { encoding: options.encoding, format: options.format });
	const yamlPath = join(options.seeds, 'plans.yaml');
	const yamlText = existsSync(yamlPath) ? readFileSync(yamlPath, 'utf8') : '';
	const before = previousImport(yamlText, imported.sha256);
	const seedFile = before?.file ?? nextSeedName(options.seeds, imported.sha256);
	const slug = options.slug ?? before?.slug ?? slugFromFile(seedFile);
	const yamlOut = upsertImportEntry(yamlText, { slug, file: seedFile, origin: { file: name, format: imported.format, sha256: imported.sha256, ...(imported.pages ? { pages: imported.pages } : {}) } });
	const meta = parsePlansYaml(yamlOut, yamlPath).find((m) => m.file === seedFile);
	const { plan } = convertPlan(seedFile, imported.seed.text, meta);
	let yamlAction: ImportRun['yamlAction'] = 'not written';
	if (!options.dryRun) {
		writeFileSync(join(options.seeds, seedFile), imported.seed.text);
		yamlAction = yamlOut === yamlText ? 'unchanged' : before || parsePlansYaml(yamlText || '[]').some((m) => m.file === seedFile) ? 'updated' : 'added';
		if (yamlOut !== yamlText) writeFileSync(yamlPath, yamlOut);
	}
	return {
		imported,
		seedFile,
		slug,
		yamlAction,
		counts: { headings: plan.counts.headings, indicators: plan.counts.indicators, projects: plan.counts.projects, tables: plan.counts.tables },
		title: plan.title,
	};
}

/** The summary a person reads after an import: what was found, written, left out and why. */
export function summary(run: ImportRun, options: ImportOptions): string {
	const { imported, seed } = { imported: run.imported, seed: run.imported.seed };
	const out: string[] = [];
	const label = READERS[imported.format].label;
	out.push(`import: ${basename(options.input)} (${label}${imported.pages ? `, ${imported.pages} pages` : ''}, sha256 ${imported.sha256}) → ${join(options.seeds, run.seedFile)}${options.dryRun ? ' (dry run: nothing written)' : ''}`);
	out.push(`  title:  ${seed.title ?? '(none found)'}${run.title !== seed.title ? `  [the converter will use “${run.title}”]` : ''}`);
	out.push(`  lines:  ${seed.lines}`);
	out.push(`  tables: ${seed.tables.length === 0 ? 'none' : seed.tables.map((t) => `line ${t.line}: ${t.rows} rows × ${t.columns} columns`).join('; ')}`);
	out.push(`  converts to: ${run.counts.headings} headings, ${run.counts.indicators} targets, ${run.counts.projects} projects, ${run.counts.tables} tables (slug ${run.slug})`);
	if (imported.dropped.length === 0) out.push('  left out or changed: nothing');
	else {
		out.push('  left out or changed:');
		for (const d of imported.dropped) out.push(`    - ${d.what} ×${d.count}: ${d.why}${d.samples.length ? ` — ${d.samples.map((s) => `“${s}”`).join(', ')}` : ''}`);
	}
	out.push(`  plans.yaml: entry “${run.slug}” ${run.yamlAction}`);
	if (!options.dryRun) out.push(`next: check the text in ${join(options.seeds, run.seedFile)}, add title/region/period to its entry in plans.yaml, then npm run convert`);
	return out.join('\n');
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
	try {
		const options = parseArgs(process.argv.slice(2));
		console.log(summary(await runImport(options), options));
	} catch (error) {
		if (error instanceof ImportError || error instanceof ConvertError) console.error(`import failed: ${error.message}`);
		else if ((error as NodeJS.ErrnoException).code === 'ENOENT') console.error(`import failed: ${(error as Error).message}`);
		else console.error('import failed:', error);
		process.exitCode = 1;
	}
}
