// Resident memory of this process and every process below it (the Pagefind binary runs as a child of
// the build), read from /proc; sampled during a build so each phase's peak is known, not only the end.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Child pids of `pid` (all its threads), from /proc/<pid>/task/<tid>/children. */
function children(pid: number | 'self'): number[] {
	const tasks = `/proc/${pid}/task`;
	if (!existsSync(tasks)) return [];
	return readdirSync(tasks).flatMap((tid) => {
		try {
			return readFileSync(`${tasks}/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
		} catch {
			return [];
		}
	});
}

/** VmRSS of one process in MB (0 if it is gone). */
function rssOf(pid: number): number {
	try {
		const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) / 1024 : 0;
	} catch {
		return 0;
	}
}

/** Resident MB of all descendants of this process (Linux; elsewhere 0). */
export function childrenRssMb(): number {
	let total = 0;
	const stack = children('self');
	while (stack.length > 0) {
		const pid = stack.pop() as number;
		total += rssOf(pid);
		stack.push(...children(pid));
	}
	return total;
}

/** Resident MB of this process plus all its descendants. */
export function treeRssMb(): number {
	return process.memoryUsage.rss() / 1024 / 1024 + childrenRssMb();
}

/** Samples every `ms` and keeps the peak per phase named by `phase()` (also `<phase> (node)` and `<phase> (children)`); stop() ends it. */
export function sampleRss(phase: () => string, ms = 250): { peaks: Record<string, number>; stop: () => void } {
	const peaks: Record<string, number> = {};
	const sample = () => {
		const name = phase();
		const own = process.memoryUsage.rss() / 1024 / 1024;
		const below = childrenRssMb();
		peaks[name] = Math.max(peaks[name] ?? 0, own + below);
		peaks[`${name} (node)`] = Math.max(peaks[`${name} (node)`] ?? 0, own);
		peaks[`${name} (children)`] = Math.max(peaks[`${name} (children)`] ?? 0, below);
	};
	const timer = setInterval(sample, ms);
	timer.unref();
	return { peaks, stop: () => (sample(), clearInterval(timer)) };
}
