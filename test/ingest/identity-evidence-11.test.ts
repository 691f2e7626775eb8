import { describe, expect, it } from "vitest";
import { reportOfPage as report, TABLE } from "./made-up-page.ts";

// db-038…db-052: a later page of a national organ's report, calling itself 总局 and writing its field.
describe("a national organ known by how it calls itself and the field it writes of", () => {
  it("names the organ whose field the page keeps writing", () => {
    const page = [
      "(四)总局把政府网站作为政府信息公开的第一平台,发挥所属体育报刊的作用。",
      "(五)修订总局政府信息公开目录系统。",
      "二、主动公开政府信息的情况",
      "主动公开政府信息900条,其中全民健身52条、竞技体育128条、体育产业25条。",
    ].join("\n");
    const r = report(page);
    expect([r.agencyNormalized, r.level]).toEqual(["国家体育总局", "national"]);
    expect(r.identity.evidence).toContain("field:国家体育总局");
  });

  it("names none where the page writes of two organs' fields alike", () => {
    const page = ["总局把政府网站作为第一平台,修订总局信息公开目录。", "公开体育信息12条、税务信息12条。", TABLE].join("\n");
    expect(report(page).agencyNormalized).toBeNull();
  });

  // db-153, db-156: an organ's short name in the title and its full name in the text are one candidate.
  it("counts an organ's short and full names as one", () => {
    const page = ["安监总局2014年政府信息公开工作年度报告", "本报告由国家安全生产监督管理总局人事司编制。2014年总局认真贯彻安全生产工作部署。", TABLE].join("\n");
    const r = report(page);
    expect([r.agencyNormalized, r.identity.confidence]).toEqual(["国家安全生产监督管理总局", 1]);
  });
});

// de-145…de-153: a city department's page saying only 我局, its fields spread over several words of one kind of office.
describe("a bureau known by the fields of its kind it writes of", () => {
  it("counts 自然资源, 国土 and 自然资源和规划 together and names the fullest form", () => {
    const page = [
      "一、总体情况",
      "2019年,我局进一步建立公众参与和监督自然资源和规划工作渠道,及时公开自然资源和规划工作信息。",
      "由局办公室具体承办,待公开的信息交由局法规科进行合法性审查。",
      "发布《国土信息公开讲座》短视频1条,加强节约集约利用自然资源和国土空间规划管理的宣传。",
      TABLE,
    ].join("\n");
    expect(report(page, "http://www.xiaogan.gov.cn/xxgk/xxgknb/2019/szbm/202001/t20200117_1.shtml").agencyNormalized).toBe("孝感市自然资源和规划局");
  });

  it("takes no word handing work on (交由, 转给) for a name", () => {
    const page = ["一、总体情况", "2019年,我局待公开的信息交由局法规科审查,审查后转给局办公室发布。", TABLE].join("\n");
    expect(report(page).agencyNormalized).toBeNull();
  });
});

// dh-069…dh-077: a district's report compiled from its bodies' reports, naming only the office to contact.
describe("a report whose contact is its government's disclosure office", () => {
  it("is that government's", () => {
    const page = [
      "本报告以2016年度朝阳区各政府信息公开工作机构的年度报告为基础编制而成。",
      "如对报告有任何疑问,请联系:北京市朝阳区政府信息公开办公室,联系电话:65090089。",
      TABLE,
    ].join("\n");
    expect(report(page).agencyNormalized).toBe("北京市朝阳区人民政府");
  });
});

// df-111…df-118: an office saying 我办 and naming itself by its field (法制办), on a page citing the
// city's general office once.
describe("an office by its own short name against one passing mention", () => {
  it("is the office the page calls itself, placed in the city", () => {
    const page = [
      "2010年度政府信息公开年度报告",
      "根据条例的规定和乐山市人民政府办公室《关于做好2010年政府信息公开年度报告编制工作的通知》的要求,现将我办2010年度政府信息公开情况报告如下。",
      "2010年,我办紧紧围绕全市工作中心,增加法制办副主任为领导小组副组长。",
      "根据市政府的要求,我办在市政府门户网站和法制办网站主动公开信息27条。",
      TABLE,
    ].join("\n");
    expect(report(page).agencyNormalized).toBe("乐山市法制办");
  });
});

// dn-062…dn-073: an office saying 我办 whose site is named by its city's stem and its field (“绍兴人防网”),
// citing a notice whose number opens with an issuer's code (浙政发办【2019】37号).
describe("an office known by its own site's name", () => {
  it("is the office of the field the site names, not a document number's code", () => {
    const page = [
      "一、总体情况",
      "2019年,我办根据《浙江省人民政府办公厅关于印发2019年浙江省政务公开工作要点的通知》(浙政发办【2019】37号)等文件要求,推进政务公开。",
      "以“绍兴市政府信息公开网”和我办官方门户网站“绍兴人防网”为主要平台。",
      TABLE,
    ].join("\n");
    expect(report(page, "https://www.sx.gov.cn/art/2020/1/3/art_1.html").agencyNormalized).toBe("绍兴市人民防空办公室");
  });
});

// dn-085…dn-095: a mirror's ad took the city's name from the body's; the body's own account, named
// late in the page by its city's stem (淮安, which a district of the city shares), places it.
describe("a body placed by its own account named after its city", () => {
  it("reads the account anywhere in the page and takes the city over its namesake district", () => {
    const page = [
      "根据条例和省、市有关要求,365体育直播自然资源和规划局编制了2021年政府信息公开年度报告。",
      "一、总体情况",
      "2021年,通过门户网站主动公开政府信息1268条,其中规划公示368条。",
      "此外,优化调整“淮安自然资源和规划”微信公众号栏目设置,全年推送291期。",
      TABLE,
    ].join("\n");
    expect(report(page, "http://mirror.example.net/col/1/art/2.html").agencyNormalized).toBe("淮安市自然资源和规划局");
  });
});

// dl-060, dl-061: a township's report compiled by its office (由海虞镇党政办编制) is the township's.
describe("a township's office compiling its report", () => {
  it("is the township's government", () => {
    const page = ["本报告由海虞镇党政办编制。", "一、概述", "2015年度共主动公开政府信息48条。", TABLE].join("\n");
    expect(report(page).agencyNormalized).toBe("海虞镇人民政府");
  });
});

// dl-083…dl-095: a mirror put its domain where the county stood (现公布mirror.com委农办(县农业局)…年度报告);
// the aside names the office by its level, and the county's portal (“中国永嘉”) places it.
describe("an announced name a domain replaced, given by its aside", () => {
  it("is the aside's office in the county whose portal the page names", () => {
    const page = [
      "根据条例要求,现公布puroview.com委农办(县农业局)2016年政府信息公开工作年度报告。本年报的电子版可以在“中国永嘉”县政府门户网站下载。",
      "一、概述",
      "2016年,我办主动公开政府信息154条。",
      TABLE,
    ].join("\n");
    expect(report(page, "https://puroview.com/module/xxgk/xxgkAnnualReport.jsp?fbtime=2016").agencyNormalized).toBe("永嘉县农业局");
  });
});

// dp-052…dp-058: the body to contact written with an aside inside its name (高新区(新北)分局).
describe("a contact whose name holds an aside", () => {
  it("names the body, aside and all", () => {
    const page = [
      "我局认真组织撰写了2013年度政府信息公开工作年度报告。如对本报告有任何疑问,请与常州工商行政管理局高新区(新北)分局联系(地址:常州市新北区衡山路2号)。",
      TABLE,
    ].join("\n");
    expect(report(page).agencyNormalized).toBe("常州工商行政管理局高新区分局");
  });
});
