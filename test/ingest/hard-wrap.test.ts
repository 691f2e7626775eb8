import { describe, expect, it } from "vitest";
import { displayWidth, wrappedBreaks } from "../../src/ingest/hard-wrap.ts";
import { splitLines } from "../../src/ingest/text-lines.ts";

const joinedAt = (text: string) => wrappedBreaks(text, splitLines(text)).map((b) => text.slice(b.start - 2, b.end + 2));

// Lines broken at one page width (40 CJK columns here) as a PDF's text layer keeps them.
const WRAPPED = [
  "（一）主动公开。2022年，通过门户网站主动公开政府信息3742条，其中政策文件86",
  "条，通知公告412条，工作动态1926条，人事信息57条，财政预决算信息共133条，",
  "指导各苏木镇在政务公开专栏公开信息1138条。旗政府门户网站全年访问量达到了",
  "62.4万人次，较上年有所增长，群众满意度进一步提升，网站建设成效明显提高，",
  "全年未发生泄密事件，也未发生因信息公开引发的舆情事件，工作总体平稳有序，",
  "取得了较好成效。",
  "（二）依申请公开。全年共收到政府信息公开申请28件，上年结转2件，均在法定期",
  "",
  "限内答复办结。",
].join("\n");

describe("hard-wrapped prose", () => {
  it("counts CJK and full-width characters two columns wide", () => {
    expect(displayWidth("政策文件86条，")).toBe(14);
    // A character outside the basic plane takes one column, like a lone surrogate.
    expect(displayWidth("𠀀a、\ud800")).toBe(5);
  });

  it("reads a break at the page width mid-sentence as no break, across a blank line too, but not before numbering", () => {
    expect(joinedAt(WRAPPED)).toEqual(["86\n条，", "条，\n指导", "到了\n62", "高，\n全年", "序，\n取得", "定期\n\n限内"]);
  });

  // Holdout f-115 (and the contact questions a2014-082, a2008-206): a contact's label ends a line
  // short of the width, its value wrapped onto the next.
  it("reads the break after a contact's label at a line's end as no break, where the line stops short of the width by the value", () => {
    const text = [...WRAPPED.split("\n").slice(0, 5), "地址：西城区槐柏树街2号4号楼信息公开室；邮编：100054；电话：83172086；电邮：", "tjgk@example.gov.cn）。"].join("\n");
    expect(joinedAt(text)).toContain("邮：\ntj");
    expect(joinedAt(text.replace("电邮：", "联系。"))).not.toContain("系。\ntj");
  });

  // h8-016 (a mirror's hard-wrapped page): its title glued to the first line and its cut last line
  // run past the page width; the lines between are still wrapped.
  it("reads a page as wrapped though two of its lines run past the page width", () => {
    const page = ["某市统计局政府信息公开工作年度报告本报告是根据《中华人民共和国政府信息公开条例》编制的。", WRAPPED, "继续深入学习贯彻《条例》和相关文件精神,认真履行法定义务,进一步完善信息公开工作运行机制,推进"].join("\n");
    expect(joinedAt(page)).toEqual(["86\n条，", "条，\n指导", "到了\n62", "高，\n全年", "序，\n取得", "定期\n\n限内"]);
  });

  it("reads nothing as wrapped where paragraphs stand one to a line", () => {
    const page = [
      "某局2021年政府信息公开工作年度报告",
      "一、总体情况",
      "2021年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息628条，其中政策文件12条，工作动态316条，人事信息24条，其他信息276条，依申请公开工作规范有序。",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ].join("\n");
    expect(joinedAt(page)).toEqual([]);
  });
});
