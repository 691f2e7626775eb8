/**
 * Regenerates the PDF fixtures under `test/fixtures/pdf/`: a short made-up 2021-template report
 * with its tables (`qingshi-agriculture-2021.pdf`), one whose narrow label cells wrap over several
 * lines beside figures centred in their rows (`qingshi-forestry-2021.pdf`), and a page with no
 * text layer, as a scan has (`scanned-2021.pdf`), printed by headless Chromium (`/usr/bin/chromium`), which embeds only the
 * glyphs used; it needs a CJK font installed (Debian: `fonts-wqy-zenhei`). And a page written
 * here byte by byte whose text uses a font it does not embed through a predefined character map
 * (`predefined-cmap-2021.pdf`: STSong-Light, UniGB-UCS2-H), as many Chinese PDF producers write.
 * Tests read the committed files and need neither.
 *
 *   npx tsx scripts/make-pdf-fixtures.ts
 */
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const OUT = path.resolve(import.meta.dirname, "../test/fixtures/pdf");

const STYLE = `
  body { font-family: "WenQuanYi Zen Hei", sans-serif; font-size: 10pt; margin: 0; }
  h1 { font-size: 14pt; text-align: center; }
  h2 { font-size: 11pt; margin: 10pt 0 4pt; }
  p { margin: 3pt 0; }
  table { border-collapse: collapse; width: 100%; }
  td { border: 0.5pt solid #000; padding: 2pt 6pt; vertical-align: top; white-space: nowrap; }
`;

const zeros = (n: number) => "<td>0</td>".repeat(n);
const row = (label: string, values: number[]) => `<tr><td colspan="2">${label}</td>${values.map((v) => `<td>${v}</td>`).join("")}</tr>`;

const REPORT = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<h1>青石县农业农村局2021年政府信息公开工作年度报告</h1>
<p>本报告根据《中华人民共和国政府信息公开条例》编制。本年度报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。</p>
<h2>一、总体情况</h2>
<p>2021年，我局主动公开政府信息86条，及时回应社会关切。</p>
<h2>二、主动公开政府信息情况</h2>
<table>
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>4</td><td>1</td><td>19</td></tr>
</table>
<h2>三、收到和处理政府信息公开申请情况</h2>
<table>
<tr><td colspan="2" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
${row("一、本年新收政府信息公开申请数量", [9, 3, 0, 0, 1, 0, 13])}
${row("二、上年结转政府信息公开申请数量", [1, 0, 0, 0, 0, 0, 1])}
<tr><td rowspan="4">三、本年度办理结果</td><td>（一）予以公开</td><td>6</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>9</td></tr>
<tr><td>（二）部分公开</td><td>2</td><td>0</td>${zeros(4)}<td>2</td></tr>
<tr><td>（三）不予公开</td><td>1</td>${zeros(5)}<td>1</td></tr>
<tr><td>（七）总计</td><td>9</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>12</td></tr>
${row("四、结转下年度继续办理", [1, 1, 0, 0, 0, 0, 2])}
</table>
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
<table>
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td>2</td><td>1</td><td>0</td><td>0</td><td>3</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td>${zeros(5)}</tr>
</table>
<h2>五、存在的主要问题及改进情况</h2>
<p>政策解读形式较为单一。下一步，我局将丰富解读形式。</p>
<h2>六、其他需要报告的事项</h2>
<p>本年度未收取信息处理费。</p>
</body></html>`;

// Word's layout: a narrow first column whose labels wrap, figures centred vertically in their row.
const WRAPPED = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${STYLE}
  td { white-space: normal; vertical-align: middle; text-align: center; padding: 2pt 4pt; }
  td.label { width: 100pt; text-align: left; }
</style></head><body>
<h1>青石县林业局2021年政府信息公开工作年度报告</h1>
<h2>三、收到和处理政府信息公开申请情况</h2>
<table>
<tr><td class="label">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td></tr>
${[
  ["一、本年新收政府信息公开申请数量", [7, 2, 0, 0, 0, 1, 10]],
  ["二、上年结转政府信息公开申请数量", [0, 1, 0, 0, 0, 0, 1]],
  ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [3, 0, 0, 0, 0, 0, 3]],
  ["四、结转下年度继续办理", [1, 0, 0, 0, 0, 0, 1]],
]
  .map(([label, values]) => `<tr><td class="label">${label}</td>${(values as number[]).map((v) => `<td>${v}</td>`).join("")}</tr>`)
  .join("\n")}
</table>
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
<p>本年度未发生行政复议、行政诉讼。</p>
</body></html>`;

// A page that is only an image, as a scanner makes it: shapes where the text would be, no text.
const SCAN = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<svg width="500" height="300" xmlns="http://www.w3.org/2000/svg">
<rect x="60" y="20" width="380" height="18" fill="#333"/>
${Array.from({ length: 10 }, (_, i) => `<rect x="20" y="${60 + i * 22}" width="${440 - (i % 3) * 60}" height="10" fill="#777"/>`).join("")}
</svg></body></html>`;

/** A one-page PDF of `lines` in STSong-Light, not embedded, encoded as UCS-2 through UniGB-UCS2-H. */
function predefinedCmapPdf(lines: readonly string[]): Buffer {
  const ucs2 = (text: string) => [...text].map((c) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")).join("");
  const content = lines.map((line, i) => `BT /F1 12 Tf 50 ${780 - i * 20} Td <${ucs2(line)}> Tj ET`).join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>",
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

const cmapFile = path.join(OUT, "predefined-cmap-2021.pdf");
await writeFile(
  cmapFile,
  predefinedCmapPdf(["青石县水务局2021年政府信息公开工作年度报告", "一、总体情况", "2021年，我局主动公开政府信息42条。"]),
);
console.log(`${cmapFile}: ${(await stat(cmapFile)).size} bytes`);

const profile = await mkdtemp(path.join(tmpdir(), "nianbao-pdf-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  const page = await context.newPage();
  for (const [name, html, landscape] of [
    ["qingshi-agriculture-2021.pdf", REPORT, true],
    ["qingshi-forestry-2021.pdf", WRAPPED, false],
    ["scanned-2021.pdf", SCAN, false],
  ] as const) {
    await page.setContent(html);
    const file = path.join(OUT, name);
    await page.pdf({ path: file, format: "A4", landscape, margin: { top: "15mm", bottom: "15mm", left: "12mm", right: "12mm" } });
    console.log(`${file}: ${(await stat(file)).size} bytes`);
  }
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
