import type { Locale } from '../urls.ts';
import { en } from './en.ts';
import { zh } from './zh.ts';

export type Dictionary = typeof zh;

/** The interface text for a locale. */
export function dict(locale: Locale): Dictionary {
	return locale === 'en' ? en : zh;
}

export { en, zh };
