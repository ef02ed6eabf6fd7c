import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlansYaml, type PlanMeta } from '../../src/convert/metadata.ts';
import { convertPlan, type Converted } from '../../src/convert/plan.ts';

export const SEEDS_DIR = join(import.meta.dirname, '../../seeds');

/** Seed file names by a short key used in test names. */
export const SEED = {
	huaiyin: '000_e880005778ab6549.txt',
	gulou: '001_8f5ce617cc64ab3a.txt',
	changle: '002_473245586667a28f.txt',
	suibin: '003_441b0165e017b62f.txt',
	yongqiao: '004_453a8c610e2cbe8a.txt',
} as const;

export const seedFiles = (): string[] => readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
export const seedText = (file: string): string => readFileSync(join(SEEDS_DIR, file), 'utf8');
export const metas = (): PlanMeta[] => parsePlansYaml(readFileSync(join(SEEDS_DIR, 'plans.yaml'), 'utf8'));

const cache = new Map<string, Converted>();
/** The real seed converted with its curated metadata (cached: conversion is pure). */
export function converted(file: string): Converted {
	let hit = cache.get(file);
	if (!hit) {
		hit = convertPlan(file, seedText(file), metas().find((m) => m.file === file));
		cache.set(file, hit);
	}
	return hit;
}

/** Line `n` (1-based) of a seed, bookmarks removed and trimmed, as a reader sees it. */
export function seedLine(file: string, n: number): string {
	return (seedText(file).split(/\r?\n/)[n - 1] ?? '').replace(/\[bookmark:[^\]]*\]/g, '').trim();
}
