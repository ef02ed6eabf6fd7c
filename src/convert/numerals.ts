const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a Chinese numeral up to 99 (一, 十二, 二十, 三十五) or Arabic digits; null if neither. */
export function parseNumeral(text: string): number | null {
	if (/^\d+$/.test(text)) return Number(text);
	if (!/^[零〇一二两三四五六七八九十]+$/.test(text)) return null;
	const ten = text.indexOf('十');
	if (ten === -1) return text.length === 1 ? (DIGITS[text] ?? null) : null;
	const tens = ten === 0 ? 1 : (DIGITS[text.slice(0, ten)] ?? NaN);
	const ones = ten === text.length - 1 ? 0 : (DIGITS[text.slice(ten + 1)] ?? NaN);
	const value = tens * 10 + ones;
	return Number.isNaN(value) ? null : value;
}
