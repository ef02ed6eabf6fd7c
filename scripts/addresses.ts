import { writeFileSync } from 'node:fs';
import { collectAddresses } from './lib/addresses.ts';

// Saves the citable addresses of a built site with a fingerprint of what each shows:
//   node scripts/addresses.ts dist tests/fixtures/addresses.json
// The saved list is what tests/site/addresses.test.ts holds every later build to (issue 20).
const [dist = 'dist', out = 'tests/fixtures/addresses.json'] = process.argv.slice(2);
const list = collectAddresses(dist);
writeFileSync(out, `${JSON.stringify(list, null, '\t')}\n`);
console.log(`addresses: ${list.anchors.length} anchors, ${list.targets.length} target pages → ${out}`);
