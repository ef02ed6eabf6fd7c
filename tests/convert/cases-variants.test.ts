import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/schema/plan.ts';
import { CASES_DIR, convertText } from '../helpers/fixture.ts';

/**
 * Every shared case file (both rounds), written three other ways the real texts differ from them:
 * in traditional script, with full-width digits, and with a copied web page's chrome above it. What
 * the case says must not move: the region and its code, the period, the status, and every target
 * (its canonical indicator, value, comparator and year) and project stage.
 */
const toTraditional = Converter({ from: 'cn', to: 't' });
const FULL_WIDTH_DIGIT = (d: string) => String.fromCharCode(d.charCodeAt(0) - 0x30 + 0xff10);

const VARIANTS: { name: string; make: (text: string) => string }[] = [
	{ name: 'traditional script', make: (t) => toTraditional(t) },
	{ name: 'full-width digits', make: (t) => t.replace(/[0-9]/g, FULL_WIDTH_DIGIT) },
	{ name: 'web page chrome above it', make: (t) => `VIP\n首页 > 资讯 > 正文\n${t}` },
];

const cases = readdirSync(CASES_DIR).filter((f) => f.endsWith('.txt')).sort();

/** What a case's README value depends on, in a form the variants must keep. */
function essentials(p: Plan) {
	return {
		region: p.region.code ?? p.region.name,
		period: p.period,
		status: p.status,
		targets: p.indicators.map((i) => [i.canonical, i.target.value, i.target.comparator, i.target.year, i.baseline?.value ?? null, i.attribute, i.commitment ?? null, i.parent ? 'part' : null]),
		projects: p.projects.map((x) => x.stage !== null),
	};
}

describe.each(cases)('%s, written other ways', (file) => {
	const text = readFileSync(join(CASES_DIR, file), 'utf8');
	const original = essentials(convertText(text, file).plan);
	it.each(VARIANTS.map((v) => [v.name, v] as const))('%s: same region, period, status, targets and projects', (_name, variant) => {
		const { plan } = convertText(variant.make(text), file);
		const got = essentials(plan);
		// The unlisted unit keeps its printed name: in traditional script that is the printed (traditional) name's simplified form.
		expect(got).toEqual(original);
	});
});
