// `npx node scripts/bench/refresh-search.ts <dist> [<fresh dist>]`: brings the search client of a site
// built by an earlier commit (a kept bench corpus, `npm run bench -- --keep`) to this commit's, to time a
// search change at 1,000 plans without building them again: writes each shard's chunk list from its own
// Pagefind metadata (and the first into shards.json), copies the search script of a fresh build of this
// commit (`dist` by default) and points the search pages at it. The index itself is left as it was.
import { copyFileSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chunkTableOf } from '../../src/integrations/pagefind.ts';
const [target, source = 'dist'] = process.argv.slice(2);
const shardsDir = join(target!, 'pagefind', 's');
const manifest = JSON.parse(readFileSync(join(target!, 'pagefind', 'shards.json'), 'utf8'));
for (const shard of manifest.shards) {
	const table = chunkTableOf(readFileSync(join(shardsDir, shard.id, shard.meta)), shard.meta);
	writeFileSync(join(shardsDir, shard.id, 'chunks.json'), JSON.stringify(table));
}
manifest.shards[0].chunks = JSON.parse(readFileSync(join(shardsDir, manifest.shards[0].id, 'chunks.json'), 'utf8'));
writeFileSync(join(target!, 'pagefind', 'shards.json'), JSON.stringify(manifest));
const script = readdirSync(join(source, '_astro')).find((f) => /^SearchPage\.astro_astro_type_script_index_0_lang\..*\.js$/.test(f))!;
copyFileSync(join(source, '_astro', script), join(target!, '_astro', script));
for (const page of ['search/index.html', 'en/search/index.html']) {
	const file = join(target!, page);
	if (!existsSync(file)) continue;
	let html = readFileSync(file, 'utf8');
	html = html.replace(/\/_astro\/SearchPage\.astro_astro_type_script_index_0_lang\.[^"]+\.js/, `/_astro/${script}`);
	html = html.replace('<link rel="modulepreload" href="/pagefind/pagefind.js">', '<link rel="modulepreload" href="/pagefind/pagefind.js" fetchpriority="low">');
	html = html.replace(/(<link rel="preload" href="[^"]*\.pagefind" as="fetch" crossorigin="anonymous") data-wasm>/, '$1 fetchpriority="low" data-wasm>');
	writeFileSync(file, html);
}
console.log(`patched ${manifest.shards.length} shards, script ${script}`);
