// Measures what splitting the search index into shards would do to the Pagefind binary's memory
// (a proposal for the index design; the site's index is built by src/integrations/pagefind.ts).
// Usage: node scripts/bench/pagefind-shards.ts <built dist> <plans per shard | 0 for one index>
// Indexes the plan-text paragraphs of every built plan page, shard by shard: one Pagefind backend per
// shard, closed before the next starts, each written to its own bundle folder (as the browser's
// pagefind.mergeIndex() would load them). Prints the peak resident MB of the Pagefind binary and the time.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { foldChars } from '../../src/lib/search/fold.ts';
import { pagefindRecord } from '../../src/lib/search/pagefind.ts';
import { pageRecords } from '../../src/lib/search/records.ts';
import { openccSimplifier } from '../../src/lib/search/simplify.ts';
import { indexWords } from '../../src/lib/search/tokens.ts';
import { sampleRss } from './rss.ts';

const [dist, perShardArg] = process.argv.slice(2) as [string, string];
const slugs = readdirSync(join(dist, 'plans')).sort();
const perShard = Number(perShardArg) || slugs.length;
const out = join(dist, 'pagefind-shards');
rmSync(out, { recursive: true, force: true });
const pagefind = await import('pagefind');
const simplify = openccSimplifier();
const sampler = sampleRss(() => 'index', 100);
const started = performance.now();
let records = 0;
for (let from = 0, shard = 0; from < slugs.length; from += perShard, shard++) {
	const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
	if (!index) throw new Error('Pagefind did not create an index');
	for (const slug of slugs.slice(from, from + perShard)) {
		const html = readFileSync(join(dist, 'plans', slug, 'index.html'), 'utf8');
		// Indexed as the site does (src/integrations/pagefind.ts): folded overlapping pairs as words.
		for (const record of pageRecords(fromHtml(html), slug)) {
			await index.addCustomRecord(pagefindRecord(record, { slug, title: slug, province: '' }, records, indexWords(foldChars(record.content, simplify))));
			records++;
		}
	}
	await index.writeFiles({ outputPath: join(out, String(shard)) });
	await pagefind.close();
}
sampler.stop();
console.log(JSON.stringify({ plans: slugs.length, perShard, records, seconds: ((performance.now() - started) / 1000).toFixed(1), pagefindPeakMb: Math.round(sampler.peaks['index (children)'] ?? 0), nodePeakMb: Math.round(sampler.peaks['index (node)'] ?? 0) }));
