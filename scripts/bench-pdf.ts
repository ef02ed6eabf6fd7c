/**
 * Times the PDF importer on a long PDF: seed texts repeated until the printed PDF has at least
 * 60 pages, printed by LibreOffice headless like the fixtures, then imported three times.
 * Needs (Debian): libreoffice-writer-nogui, fonts-wqy-microhei, fonts-wqy-zenhei.
 * Run: npm run bench:pdf   (prints pages, seed lines and milliseconds per import)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importBytes } from '../src/import/import.ts';
import { PDF_FIXTURE_LIST, seedDocx } from '../tests/helpers/pdf-fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
try {
	const fixture = PDF_FIXTURE_LIST.find((f) => f.name === 'gulou');
	if (!fixture?.seed) throw new Error('the gulou fixture is missing from PDF_FIXTURE_LIST');
	const text = readFileSync(join(import.meta.dirname, '../seeds', fixture.seed), 'utf8');
	const copies = Number(process.argv[2] ?? 3);
	writeFileSync(join(work, 'long.docx'), await seedDocx(Array.from({ length: copies }, () => text).join('\n\n\n'), fixture));
	const printStart = performance.now();
	execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, join(work, 'long.docx')], { stdio: 'pipe', timeout: 600_000 });
	const printMs = performance.now() - printStart;
	const bytes = new Uint8Array(readFileSync(join(work, 'long.pdf')));
	const times: number[] = [];
	let result = await importBytes(bytes, 'long.pdf');
	for (let i = 0; i < 3; i++) {
		const start = performance.now();
		result = await importBytes(bytes, 'long.pdf');
		times.push(performance.now() - start);
	}
	console.log(`${result.pages} pages (${copies} × ${fixture.seed}), ${bytes.length} bytes, printed by LibreOffice in ${Math.round(printMs)} ms`);
	console.log(`import: ${times.map((t) => Math.round(t)).join(' / ')} ms (3 runs after one warm-up), ${result.seed.lines} seed lines, ${result.seed.tables.length} tables`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
