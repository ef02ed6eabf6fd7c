/**
 * Canonical indicators: targets that several plans set, under whatever wording each uses. Shared
 * data: the converter matches printed names against it, and `src/lib` compares plans by it.
 * `match` is written for the folded view of a name (NFKC + simplified characters: ASCII
 * parentheses, `醫師` read as `医师`), so a name matches in either script and width.
 */
export interface CanonicalIndicator {
	id: string;
	zh: string;
	en: string;
	unit: string | null;
	/** Which direction is better, for charts and plain-language summaries. */
	better: 'higher' | 'lower' | null;
	match: RegExp;
}

// Order matters: more specific patterns first (健康预期寿命 before 人均预期寿命, 中医 before 医师).
export const GLOSSARY: CanonicalIndicator[] = [
	{ id: 'healthy-life-expectancy', zh: '健康预期寿命', en: 'Healthy life expectancy', unit: '岁', better: 'higher', match: /健康(预期|期望)寿命/ },
	{ id: 'life-expectancy', zh: '人均预期寿命', en: 'Life expectancy', unit: '岁', better: 'higher', match: /(人均)?(预期|期望)寿命/ },
	{ id: 'infant-mortality', zh: '婴儿死亡率', en: 'Infant mortality rate', unit: '‰', better: 'lower', match: /^[^和、]*婴儿死亡率$/ },
	{ id: 'under5-mortality', zh: '5岁以下儿童死亡率', en: 'Under-5 mortality rate', unit: '‰', better: 'lower', match: /^[^和、]*(5|五)岁以下儿童死亡率$/ },
	{ id: 'maternal-mortality', zh: '孕产妇死亡率', en: 'Maternal mortality ratio', unit: '1/10万', better: 'lower', match: /^[^和、]*孕产妇死亡率$/ },
	{ id: 'premature-ncd-mortality', zh: '重大慢性病过早死亡率', en: 'Premature mortality from major NCDs', unit: '%', better: 'lower', match: /(重大慢(性)?病过早死亡率|因心脑血管疾病.*过早死亡)/ },
	{ id: 'health-literacy', zh: '居民健康素养水平', en: 'Health literacy rate', unit: '%', better: 'higher', match: /健康素养水平/ },
	{ id: 'smoking-rate', zh: '15岁以上人群吸烟率', en: 'Smoking rate (age 15+)', unit: '%', better: 'lower', match: /吸烟率/ },
	{ id: 'beds-per-1000', zh: '每千人口医疗卫生机构床位数', en: 'Hospital beds per 1,000 people', unit: '张', better: 'higher', match: /每?千(常住)?人[口均](拥有)?(医疗卫生机构|医疗机构)?床位(数)?/ },
	{ id: 'tcm-doctors-per-1000', zh: '每千人口中医执业（助理）医师数', en: 'TCM doctors per 1,000 people', unit: '人', better: 'higher', match: /每千(常住)?人口中医/ },
	{ id: 'doctors-per-1000', zh: '每千人口执业（助理）医师数', en: 'Licensed doctors per 1,000 people', unit: '人', better: 'higher', match: /每千(常住)?人口(拥有)?执业(\(助理\))?医师(数)?/ },
	{ id: 'nurses-per-1000', zh: '每千人口注册护士数', en: 'Registered nurses per 1,000 people', unit: '人', better: 'higher', match: /每千(常住)?人口(拥有)?注册护士(数)?/ },
	{ id: 'pharmacists-per-1000', zh: '每千人口药师（士）数', en: 'Pharmacists per 1,000 people', unit: '人', better: 'higher', match: /每千(常住)?人口药师/ },
	{ id: 'gps-per-10k', zh: '每万人口全科医生数', en: 'General practitioners per 10,000 people', unit: '人', better: 'higher', match: /每万(常住)?人口(拥有)?全科医(生|师)数/ },
	{ id: 'public-health-staff-per-10k', zh: '每万人口公共卫生人员数', en: 'Public health staff per 10,000 people', unit: '人', better: 'higher', match: /每万(常住)?人口公共卫生人员数/ },
	{ id: 'public-health-staff-per-1000', zh: '每千人口公共卫生人员数', en: 'Public health staff per 1,000 people', unit: '人', better: 'higher', match: /每千(常住)?人口公共卫生人员数/ },
	{ id: 'childcare-places-per-1000', zh: '每千人口3岁以下婴幼儿托位数', en: 'Childcare places (under 3) per 1,000 people', unit: '个', better: 'higher', match: /每千(常住)?人口(拥有)?3岁以下婴幼儿托位数/ },
	{ id: 'immunization-coverage', zh: '适龄儿童免疫规划疫苗接种率', en: 'Childhood immunization coverage', unit: '%', better: 'higher', match: /免疫规划疫苗(全程)?接种率/ },
	{ id: 'hypertension-management', zh: '高血压患者规范管理率', en: 'Hypertension patients under standard management', unit: '%', better: 'higher', match: /^高血压患者(基层)?规范管理率$/ },
	{ id: 'diabetes-management', zh: '糖尿病患者规范管理率', en: 'Diabetes patients under standard management', unit: '%', better: 'higher', match: /^(2型)?糖尿病患者(基层)?规范管理率$/ },
	{ id: 'hypertension-diabetes-management', zh: '高血压、2型糖尿病患者基层规范管理服务率', en: 'Hypertension and type 2 diabetes patients under standard primary-care management', unit: '%', better: 'higher', match: /高血压、2型糖尿病患者基层规范管理/ },
	{ id: 'severe-mental-disorder-management', zh: '严重精神障碍患者管理率', en: 'Severe mental disorder patients under management', unit: '%', better: 'higher', match: /严重精神障碍患者.*管理率/ },
	{ id: 'elderly-health-management', zh: '老年人健康管理率', en: 'Older adults under health management', unit: '%', better: 'higher', match: /老年人.*健康管理率/ },
	{ id: 'child-myopia', zh: '儿童青少年总体近视率', en: 'Myopia rate among children and adolescents', unit: '%', better: 'lower', match: /近视率/ },
	{ id: 'oop-share', zh: '个人卫生支出占卫生总费用比例', en: 'Out-of-pocket share of total health expenditure', unit: '%', better: 'lower', match: /个人卫生支出占卫生总费用/ },
	{ id: 'tb-incidence', zh: '肺结核发病率', en: 'Tuberculosis incidence', unit: '1/10万', better: 'lower', match: /肺结核发病率/ },
	{ id: 'hospital-delivery-rate', zh: '孕产妇住院分娩率', en: 'Hospital delivery rate', unit: '%', better: 'higher', match: /^孕产妇住院分娩率$/ },
	{ id: 'prenatal-screening', zh: '产前筛查率', en: 'Prenatal screening rate', unit: '%', better: 'higher', match: /^产前筛查率$/ },
	{ id: 'sex-ratio-at-birth', zh: '出生人口性别比', en: 'Sex ratio at birth', unit: null, better: null, match: /出生人口性别比/ },
];

/**
 * Canonical indicator for a name given on its folded view (`fold()` in src/shared/fold.ts), or
 * null when it is the plan's own.
 */
export function canonicalFor(folded: string): CanonicalIndicator | null {
	// `人均预期寿命等居民主要健康指标` names a group of targets, not one.
	if (/等/.test(folded)) return null;
	const compact = folded.replace(/[\s\u3000]/g, '').replace(/^(全区|全县|全市|辖区|居民|城乡居民)/, '');
	return GLOSSARY.find((entry) => entry.match.test(compact)) ?? null;
}

/** The canonical indicator with this id, if any. */
export function canonicalById(id: string): CanonicalIndicator | undefined {
	return GLOSSARY.find((entry) => entry.id === id);
}
