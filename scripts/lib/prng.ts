/**
 * A small deterministic pseudo-random generator (mulberry32): the same seed gives the same sequence
 * of numbers in [0, 1) on every run and machine, so a fuzzed case or a synthetic corpus can be replayed.
 */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
