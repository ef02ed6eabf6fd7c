import { AlignmentType, Document, type ISectionOptions, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Fixtures the project makes itself: one small plan written three ways — a .docx built with the
 * `docx` writer (Word's automatic Chinese numbering, merged cells, a footnote), a saved web page
 * (portal chrome around a layout table that nests the data tables), and the hand-made seed text
 * (tests/fixtures/import/plan.txt) a person would have typed from the same plan.
 */
export const IMPORT_FIXTURES = join(import.meta.dirname, '../fixtures/import');

/** The hand-made seed text of the fixture plan. */
export const handMadeText = (): string => readFileSync(join(IMPORT_FIXTURES, 'plan.txt'), 'utf8');

const p = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });
/** A paragraph numbered by Word (the number is not in the text: Word prints it from numbering.xml). */
const numbered = (text: string, level: number, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph =>
	new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'plan-outline', level }, ...(heading ? { heading } : {}) });

const cell = (text: string | string[], options: { rowSpan?: number; columnSpan?: number } = {}): TableCell =>
	new TableCell({ children: (Array.isArray(text) ? text : [text]).map(p), ...options });
const row = (...cells: TableCell[]): TableRow => new TableRow({ children: cells });

/** The fixture plan as a Word document (bytes of a .docx); `print` adds page setup, running heads and page-number footers (for the PDF fixtures). */
export async function fixtureDocx(print: Pick<ISectionOptions, 'headers' | 'footers' | 'properties'> = {}): Promise<Uint8Array> {
	const indicators = new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			row(cell('领域'), cell('序号'), cell(['主要', '指标']), cell('单位'), cell('2020年'), cell('2025年'), cell('指标属性')),
			row(cell('健康水平', { rowSpan: 2 }), cell('1'), cell('人均预期寿命'), cell('岁'), cell('78.5'), cell('79'), cell('预期性')),
			row(cell('2'), cell('婴儿死亡率'), cell('‰'), cell('3.1'), cell('≤3'), cell('约束性')),
			row(cell('资源配置', { rowSpan: 2 }), cell('3'), cell('每千人口执业（助理）医师数'), cell('人'), cell('2.6'), cell('3.2'), cell('预期性')),
			row(cell('4'), cell('每千人口医疗机构床位数'), cell('张'), cell('5.1'), cell('6.0'), cell('预期性')),
		],
	});
	const projects = new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			row(cell('序号'), cell('项目名称'), cell('建设内容及规模')),
			row(cell('1'), cell('县人民医院门诊楼建设项目'), cell('新建门诊楼12000平方米，新增床位200张。')),
			row(cell('2'), cell('城东社区卫生服务中心改造项目'), cell('改造业务用房1500平方米。')),
		],
	});
	const box = new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [row(cell(['专栏1  基层卫生服务能力提升项目', '社区医院建设：新建社区医院2所。', '中心村卫生室建设：建设中心村卫生室10个。']))],
	});
	const doc = new Document({
		numbering: {
			config: [
				{
					reference: 'plan-outline',
					levels: [
						{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
						{ level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
						{ level: 2, format: LevelFormat.DECIMAL, text: '%3．', alignment: AlignmentType.LEFT },
					],
				},
			],
		},
		footnotes: { 1: { children: [p('数据来源：示例县统计年鉴（2020）。')] } },
		sections: [
			{
				...print,
				children: [
					new Paragraph({ children: [new TextRun('示例县卫生健康事业发展“十四五”规划')], heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
					p('为推进健康示例建设，根据有关规划要求，制定本规划。规划基期为2020年，规划期为2021－2025年。'),
					numbered('发展基础', 0, HeadingLevel.HEADING_1),
					numbered('主要成效', 1, HeadingLevel.HEADING_2),
					new Paragraph({ children: [new TextRun('“十三五”期间，全县居民健康水平稳步提高，2020年人均预期寿命达到78.5岁'), new FootnoteReferenceRun(1), new TextRun('，婴儿死亡率降至3.1‰。')] }),
					numbered('面临形势', 1, HeadingLevel.HEADING_2),
					p('人口老龄化加快，慢性病负担加重，基层服务能力仍然不足。'),
					numbered('主要目标', 0, HeadingLevel.HEADING_1),
					p('到2025年，全县卫生健康服务体系更加完善，居民主要健康指标达到全市平均水平以上。'),
					p('表1  主要发展指标'),
					indicators,
					numbered('重点任务', 0, HeadingLevel.HEADING_1),
					numbered('提升基层服务能力', 1, HeadingLevel.HEADING_2),
					numbered('实施基层卫生服务能力提升工程。推进乡镇卫生院标准化建设，到2025年全部达到国家基本标准。', 2),
					numbered('加强公共卫生体系建设。完善疾病预防控制网络，提升应急处置能力。', 2),
					box,
					numbered('推进重点项目建设', 1, HeadingLevel.HEADING_2),
					p('表2  重点建设项目'),
					projects,
					numbered('保障措施', 0, HeadingLevel.HEADING_1),
					p('加强组织领导，落实财政投入，强化监测评估。'),
				],
			},
		],
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

/** The fixture plan as a government portal page: nav, breadcrumb, share buttons and footer around a layout table that nests the data tables. */
export function fixtureHtml(charset = 'utf-8'): string {
	return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>示例县卫生健康事业发展“十四五”规划_示例县人民政府</title>
<script>var _hmt = _hmt || [];</script>
<style>.nav{color:red}</style>
</head>
<body>
<div class="header"><img src="logo.png" alt="示例县人民政府"><span>示例县人民政府门户网站</span></div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li></ul></nav>
<div id="menu"><a href="/a">政策文件</a> | <a href="/b">规划计划</a></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 规划计划</div>
<table width="100%" class="layout">
  <tr>
    <td>
      <h1>示例县卫生健康事业发展“十四五”规划</h1>
      <div class="TRS_Editor">
        <p>&nbsp;&nbsp;为推进健康示例建设，根据有关规划要求，制定本规划。规划基期为2020年，规划期为2021－2025年。</p>
        <p><strong>一、发展基础</strong></p>
        <p>（一）主要成效</p>
        <p>“十三五”期间，全县居民健康水平稳步提高，2020年人均预期寿命达到78.5岁<sup>[1]</sup>，婴儿死亡率降至3.1‰。</p>
        <p>（二）面临形势</p>
        <p>人口老龄化加快，慢性病负担加重，
           基层服务能力仍然不足。</p>
        <p>二、主要目标</p>
        <p>到2025年，全县卫生健康服务体系更加完善，居民主要健康指标达到全市平均水平以上。</p>
        <table border="1">
          <caption>表1  主要发展指标</caption>
          <thead><tr><th>领域</th><th>序号</th><th>主要<br>指标</th><th>单位</th><th>2020年</th><th>2025年</th><th>指标属性</th></tr></thead>
          <tbody>
          <tr><td rowspan="2">健康水平</td><td>1</td><td>人均预期寿命</td><td>岁</td><td>78.5</td><td>79</td><td>预期性</td></tr>
          <tr><td>2</td><td>婴儿死亡率</td><td>‰</td><td>3.1</td><td>≤3</td><td>约束性</td></tr>
          <tr><td rowspan="2">资源配置</td><td>3</td><td>每千人口执业（助理）医师数</td><td>人</td><td>2.6</td><td>3.2</td><td>预期性</td></tr>
          <tr><td>4</td><td>每千人口医疗机构床位数</td><td>张</td><td>5.1</td><td>6.0</td><td>预期性</td></tr>
          </tbody>
        </table>
        <p>三、重点任务</p>
        <p>（一）提升基层服务能力</p>
        <p>1．实施基层卫生服务能力提升工程。推进乡镇卫生院标准化建设，到2025年全部达到国家基本标准。</p>
        <p>2．加强公共卫生体系建设。完善疾病预防控制网络，提升应急处置能力。</p>
        <table border="1"><tr><td>
          <p>专栏1&nbsp;&nbsp;基层卫生服务能力提升项目</p>
          <p>社区医院建设：新建社区医院2所。</p>
          <p>中心村卫生室建设：建设中心村卫生室10个。</p>
        </td></tr></table>
        <p>（二）推进重点项目建设</p>
        <table border="1">
          <caption>表2  重点建设项目</caption>
          <tr><td>序号</td><td>项目名称</td><td>建设内容及规模</td></tr>
          <tr><td>1</td><td>县人民医院门诊楼建设项目</td><td>新建门诊楼12000平方米，新增床位200张。</td></tr>
          <tr><td>2</td><td>城东社区卫生服务中心改造项目</td><td>改造业务用房1500平方米。</td></tr>
        </table>
        <p>四、保障措施</p>
        <p>加强组织领导，落实财政投入，强化监测评估。</p>
        <p>[1] 数据来源：示例县统计年鉴（2020）。</p>
      </div>
      <div class="bdsharebuttonbox"><a class="bds_weixin">分享到微信</a><a class="bds_tsina">分享到微博</a></div>
    </td>
  </tr>
</table>
<div class="footer"><p>主办：示例县人民政府办公室　版权所有</p><p>网站标识码：1234567890　备案号：某ICP备12345678号</p></div>
</body>
</html>
`;
}
