import type { Locale } from '../urls.ts';

// English for the domain labels and units that the plans' target tables use. Anything missing
// stays Chinese (marked lang="zh-CN" by the pages) rather than being machine-translated.
const DOMAINS: Record<string, string> = {
	居民健康水平: 'Population health',
	健康水平: 'Health status',
	健康素质: 'Health status',
	卫生健康资源发展: 'Health resources',
	资源配置: 'Health resources',
	疾病预防与公共卫生: 'Disease prevention and public health',
	全生命周期健康管理: 'Life-course health management',
	健康生活: 'Healthy living',
	健康服务: 'Health services',
	医疗服务: 'Medical services',
	计划生育: 'Family planning',
	健康产业: 'Health industry',
	健康保障: 'Health financing',
	正文中提出的目标: 'Targets stated in the text',
	其他指标: 'Other targets',
};

const UNITS: Record<string, string> = {
	岁: 'years',
	张: 'beds',
	人: 'persons',
	个: 'places',
	天: 'days',
	亿元: '100 million yuan',
	万元: '10,000 yuan',
	家: 'facilities',
	辆: 'vehicles',
	台: 'units',
	'个/家': '',
	万人: '10,000 people',
	所: 'institutions',
	处: 'sites',
	间: 'rooms',
	'DDDs 100/人天%': 'DDDs/100 patient-days (%)',
	// Units of the commitments read from running text (src/convert/rules/commitments.ts).
	分钟: 'minutes',
	公里: 'km',
	千米: 'km',
	百分点: 'percentage points',
	住院日: 'days of hospital stay',
	项: 'items',
	名: 'persons',
	人次: 'person-times',
	面: 'boards',
	种: 'kinds',
	座: 'buildings',
	支: 'teams',
	级: 'level',
	级甲等: 'level, grade A',
	级乙等: 'level, grade B',
};

/** A domain label in the locale, or null when only the Chinese exists. */
export function domainName(domain: string, locale: Locale): string | null {
	return locale === 'zh' ? domain : (DOMAINS[domain] ?? null);
}

/** English units that change for one (1 facility, 2 facilities). */
const SINGULAR: Record<string, string> = { facilities: 'facility', vehicles: 'vehicle', units: 'unit', institutions: 'institution', sites: 'site', rooms: 'room', minutes: 'minute', items: 'item', persons: 'person', boards: 'board', kinds: 'kind', buildings: 'building', teams: 'team', 'person-times': 'person-time', 'days of hospital stay': 'day of hospital stay' };

/** A unit in the locale; symbols (%, ‰, m², /10万) are kept. With the `count` it goes with, English says 1 board, 2 boards. */
export function unitName(unit: string, locale: Locale, count?: number | null): string {
	if (locale === 'zh') return unit;
	if (/^1?\/10万$/.test(unit)) return 'per 100,000';
	const name = UNITS[unit] ?? unit;
	return count === 1 ? (SINGULAR[name] ?? name) : name;
}
