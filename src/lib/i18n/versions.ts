// Interface words for plan versions, what changed between them, and addresses that moved or were
// dropped (issue 20). Kept apart from zh.ts/en.ts so the two languages' keys are checked here by type.
import type { Locale } from '../urls.ts';

const zh = {
	heading: '版本',
	label: (status: string | null, date: string | null) => `${status ?? '未注明稿别的文本'}${date ? `（${date}）` : ''}`,
	latest: '最新版本',
	thisVersion: '本页所示版本',
	notKept: '原文件已被新文本覆盖，未保留此版本的全文；其段落和指标地址仍然有效',
	versionsIntro: (n: number, latest: boolean) => `本规划共有${n}个版本${latest ? '，本页显示最新版本' : ''}。每个版本有固定地址。`,
	onlyVersion: (label: string) => `本规划目前只有一个版本：${label}。此版本的固定地址：`,
	oldBanner: (label: string) => `您正在阅读本规划的${label}，这不是最新版本。`,
	latestBanner: (label: string) => `这是本规划的最新版本：${label}。`,
	toLatest: '查看最新版本',
	changesLink: '各版本之间的变化',
	changesTitle: (title: string) => `${title}：版本变化`,
	changesIntro: (from: string, to: string) => `从${from}到${to}的变化。段落按其固定编号对照：移动位置但文字未变的段落不算变化。`,
	choosePair: '比较其他两个版本',
	summary: (c: { targets: { added: number; removed: number; changed: number }; projects: { added: number; removed: number; changed: number }; paragraphs: { added: number; removed: number; edited: number } }) =>
		`指标：修改${c.targets.changed}项，新增${c.targets.added}项，删去${c.targets.removed}项；项目：修改${c.projects.changed}项，新增${c.projects.added}项，删去${c.projects.removed}项；段落：修改${c.paragraphs.edited}段，新增${c.paragraphs.added}段，删去${c.paragraphs.removed}段。`,
	noChange: '两个版本之间没有变化。',
	targetsHeading: '指标',
	projectsHeading: '项目',
	paragraphsHeading: '段落',
	change: { added: '新增', removed: '删去', changed: '修改', edited: '修改' } as Record<string, string>,
	before: '原为',
	after: '现为',
	lineIn: (label: string, line: number) => `${label}第${line}行`,
	diffNote: '删去的文字以删除线标出，新增的文字以下划线标出。',
	retiredTitle: (name: string) => `${name}（已不在最新版本中）`,
	retiredBanner: (first: string, last: string, latest: string) => `此项见于${first === last ? first : `${first}至${last}`}；${latest}中已没有此项。以下是它最后出现时的内容。`,
	lastSeen: '最后出现',
	movedTitle: '地址已更改',
	movedBody: '此指标的地址已改为：',
	citeVersion: (label: string, sha: string) => `版本：${label}，文本SHA-256：${sha}`,
	versionLink: '此版本中的原文',
	latestLink: '最新版本',
};

const en: typeof zh = {
	heading: 'Versions',
	label: (status: string | null, date: string | null) => `${status ? (STATUS_EN[status] ?? status) : 'text of unstated status'}${date ? ` of ${date}` : ''}`,
	latest: 'latest version',
	thisVersion: 'version shown here',
	notKept: 'the file was later written over by a newer text, so this version’s full text is not kept; its paragraph and target addresses still work',
	versionsIntro: (n: number, latest: boolean) => `This plan has ${n} versions${latest ? '; this page shows the latest' : ''}. Every version has a permanent address.`,
	onlyVersion: (label: string) => `This plan has one version so far, the ${label}. Its permanent address: `,
	oldBanner: (label: string) => `You are reading the ${label} of this plan. It is not the latest version.`,
	latestBanner: (label: string) => `This is the latest version of the plan: the ${label}.`,
	toLatest: 'Go to the latest version',
	changesLink: 'What changed between versions',
	changesTitle: (title: string) => `${title}: what changed`,
	changesIntro: (from: string, to: string) => `Changes from the ${from} to the ${to}. Paragraphs are matched by their lasting numbers: a paragraph that moved without changing is not a change.`,
	choosePair: 'Compare two other versions',
	summary: (c) => `Targets: ${c.targets.changed} changed, ${c.targets.added} added, ${c.targets.removed} removed; projects: ${c.projects.changed} changed, ${c.projects.added} added, ${c.projects.removed} removed; paragraphs: ${c.paragraphs.edited} edited, ${c.paragraphs.added} added, ${c.paragraphs.removed} removed.`,
	noChange: 'Nothing changed between the two versions.',
	targetsHeading: 'Targets',
	projectsHeading: 'Projects',
	paragraphsHeading: 'Paragraphs',
	change: { added: 'added', removed: 'removed', changed: 'changed', edited: 'edited' },
	before: 'was',
	after: 'now',
	lineIn: (label: string, line: number) => `${label}, line ${line}`,
	diffNote: 'Deleted text is struck through; inserted text is underlined.',
	retiredTitle: (name: string) => `${name} (not in the latest version)`,
	retiredBanner: (first: string, last: string, latest: string) => `This was in the ${first === last ? first : `${first} to the ${last}`}; it is not in the ${latest}. Below is what it said when last seen.`,
	lastSeen: 'Last seen',
	movedTitle: 'Address changed',
	movedBody: 'This target’s address is now:',
	citeVersion: (label: string, sha: string) => `Version: ${label}, text SHA-256 ${sha}`,
	versionLink: 'source in this version',
	latestLink: 'latest version',
};

const STATUS_EN: Record<string, string> = { 草稿: 'draft', 草案: 'draft plan', 讨论稿: 'discussion draft', 征求意见稿: 'consultation draft', 送审稿: 'draft for approval', 印发稿: 'issued text' };

/** The version words of a locale. */
export const versionWords = (locale: Locale): typeof zh => (locale === 'en' ? en : zh);
