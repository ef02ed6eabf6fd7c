// What a spreadsheet reads from our CSV files, measured in LibreOffice Calc (`apt-get install libreoffice-calc-nogui`):
// `npx node scripts/csv-spreadsheet.ts` opens the cases of src/lib/csv.ts's formula rule and dist/data/*.csv with
// "Evaluate formulas" on, and prints every cell whose value LibreOffice shows differently from the text we wrote.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { formulaRule, toCsv } from '../src/lib/csv.ts';

const SOFFICE = process.env.SOFFICE ?? 'soffice';
/** CSV import: comma, double quote, UTF-8, line 1, standard cells, en-US, …, evaluate formulas (token 13). */
const IMPORT = 'CSV:44,34,76,1,,1033,false,false,false,false,false,-1,true';
/** CSV export of the computed values (not the formulas). */
const EXPORT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false';

/** Cells as LibreOffice shows them after opening `file` (one CSV text) and saving the values. */
function libreOffice(name: string, csv: string): string[][] {
	const dir = mkdtempSync(join(tmpdir(), 'csv-lo-'));
	try {
		writeFileSync(join(dir, name), csv);
		execFileSync(SOFFICE, ['--headless', `--infilter=${IMPORT}`, '--convert-to', EXPORT, '--outdir', join(dir, 'out'), join(dir, name)], { stdio: 'ignore', timeout: 180_000 });
		return csvParseRows(readFileSync(join(dir, 'out', name), 'utf8').replace(/^\uFEFF/, ''));
	} catch (error) {
		throw new Error(`LibreOffice (${SOFFICE}) could not convert ${name}; is libreoffice-calc-nogui installed?`, { cause: error });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A cell LibreOffice shows as written: the same text, or the same number printed another way (`-.5` → `-0.5`). */
const same = (written: string, shown: string) => written === shown || (written.trim() !== '' && !/%$/.test(written) && Number(written) === Number(shown));

const CASES = ['=', '-', '+', '@', '-5%', '+5', '-5', '-0.5', '-1e3', '80.15以上', '≤3', '＝1+2', '=1+2', '=5', '=HYPERLINK("http://example.org","x")', '@SUM(1,2)', '+A1', '-2+3', '-A1', '-5天', ' =1+2', '\t=1+2'];
const raw = libreOffice('raw.csv', toCsv(['text'], []).replace(/\r\n$/, '') + CASES.map((c) => `\r\n"${c.replace(/"/g, '""')}"`).join('') + '\r\n');
const guarded = libreOffice('guarded.csv', toCsv(['text'], CASES.map((text) => ({ text }))));
console.log('text | our rule | LibreOffice reads the raw text as | reads our cell as');
CASES.forEach((text, k) => console.log([JSON.stringify(text), formulaRule(text)?.name ?? 'value', JSON.stringify(raw[k + 1]?.[0]), JSON.stringify(guarded[k + 1]?.[0])].join(' | ')));

for (const file of ['indicators.csv', 'projects.csv']) {
	const path = join('dist', 'data', file);
	if (!existsSync(path)) continue;
	const written = csvParseRows(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
	const shown = libreOffice(file, readFileSync(path, 'utf8'));
	const differ = written.flatMap((row, r) => row.flatMap((cell, c) => (same(cell, shown[r]?.[c] ?? '') ? [] : [`${file} row ${r + 1} ${written[0]?.[c]}: ${JSON.stringify(cell)} → ${JSON.stringify(shown[r]?.[c])}`])));
	console.log(`${file}: ${written.length - 1} rows, ${written.flat().length} cells, ${differ.length} shown differently by LibreOffice`, differ.slice(0, 20));
}
