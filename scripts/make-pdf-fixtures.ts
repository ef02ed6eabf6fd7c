/**
 * Makes the PDF fixtures of the PDF importer (tests/fixtures/import/pdf/): each fixture's .docx
 * (tests/helpers/pdf-fixtures.ts) printed by LibreOffice headless, then rewritten by qpdf without
 * its creation date, metadata and random document id, so the same inputs give the same bytes on
 * the same LibreOffice and font. Also an encrypted copy of the plan (qpdf, AES-256, user password).
 * The manifest records every input's SHA-256; tests/import/pdf.test.ts fails when it is stale.
 *
 * Needs (Debian): libreoffice-writer-nogui, fonts-wqy-microhei, fonts-wqy-zenhei, qpdf. Run: npm run fixtures:pdf
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureInputs, fixtureSource, PDF_FIXTURE_LIST, PDF_FIXTURES } from '../tests/helpers/pdf-fixtures.ts';

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const version = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' }).split('\n')[0]?.trim() ?? '';

/** Prints one .docx to PDF with LibreOffice headless (a private profile, so a running LibreOffice does not interfere). */
function print(docx: Uint8Array, work: string, name: string): Uint8Array {
	const input = join(work, `${name}.docx`);
	writeFileSync(input, docx);
	execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, input], { stdio: 'pipe', timeout: 180_000 });
	const raw = join(work, `${name}.pdf`);
	const out = join(work, `${name}.clean.pdf`);
	execFileSync('qpdf', ['--deterministic-id', '--empty', '--pages', raw, '--', out]);
	return new Uint8Array(readFileSync(out));
}

const work = mkdtempSync(join(tmpdir(), 'pdf-fixtures-'));
try {
	mkdirSync(PDF_FIXTURES, { recursive: true });
	const manifest: Record<string, unknown> = {
		note: 'made by scripts/make-pdf-fixtures.ts (npm run fixtures:pdf); inputs are SHA-256 of the files that decide each PDF',
		libreoffice: version('soffice', ['--version']),
		qpdf: version('qpdf', ['--version']),
		fixtures: {},
	};
	for (const fixture of PDF_FIXTURE_LIST) {
		const pdf = print(await fixtureSource(fixture), work, fixture.name);
		writeFileSync(join(PDF_FIXTURES, `${fixture.name}.pdf`), pdf);
		(manifest.fixtures as Record<string, unknown>)[`${fixture.name}.pdf`] = { sha256: sha(pdf), inputs: fixtureInputs(fixture) };
		console.log(`${fixture.name}.pdf: ${pdf.length} bytes`);
	}
	// The plan locked with a password to open it (AES-256): the importer must refuse it.
	const locked = join(work, 'plan-encrypted.pdf');
	execFileSync('qpdf', ['--static-id', '--static-aes-iv', '--encrypt', 'open-sesame', 'owner-secret', '256', '--', join(PDF_FIXTURES, 'plan.pdf'), locked]);
	const lockedBytes = new Uint8Array(readFileSync(locked));
	writeFileSync(join(PDF_FIXTURES, 'plan-encrypted.pdf'), lockedBytes);
	(manifest.fixtures as Record<string, unknown>)['plan-encrypted.pdf'] = { sha256: sha(lockedBytes), from: 'plan.pdf' };
	writeFileSync(join(PDF_FIXTURES, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
