// Summarises a V8 heap snapshot (from BENCH_HEAP_SNAPSHOT, see build-child.ts): self size by node
// type and constructor name, largest first. Usage: node scripts/bench/heap-summary.ts <file> [top]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2) as [string, string | undefined];
const snapshot = JSON.parse(readFileSync(file, 'utf8')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
const fields = snapshot.snapshot.meta.node_fields;
const types = snapshot.snapshot.meta.node_types[0];
const width = fields.length;
const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
const totals = new Map<string, { size: number; count: number }>();
let all = 0;
for (let i = 0; i < snapshot.nodes.length; i += width) {
	const type = types[snapshot.nodes[i + typeAt] as number] as string;
	const name = type === 'object' || type === 'closure' ? (snapshot.strings[snapshot.nodes[i + nameAt] as number] as string) : '';
	const key = `${type} ${name}`.trim();
	const size = snapshot.nodes[i + sizeAt] as number;
	const slot = totals.get(key) ?? { size: 0, count: 0 };
	slot.size += size;
	slot.count++;
	totals.set(key, slot);
	all += size;
}
console.log(`total ${(all / 1024 / 1024).toFixed(1)} MB`);
for (const [key, { size, count }] of [...totals].sort((a, b) => b[1].size - a[1].size).slice(0, Number(topArg ?? 25))) console.log(`${(size / 1024 / 1024).toFixed(1).padStart(8)} MB ${String(count).padStart(9)}  ${key}`);
