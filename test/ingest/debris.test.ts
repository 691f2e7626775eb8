import { describe, expect, it } from "vitest";
import { isDebrisLine } from "../../src/ingest/debris.ts";

describe("isDebrisLine", () => {
  it("recognises navigation, share widgets and page furniture", () => {
    for (const line of [
      "当前位置:首页 |",
      "分享到:",
      "扫一扫手机打开当前页",
      "上一篇:怎么介绍公司业务下一篇:湛江市妇幼保健院妇科简介",
      "责任编辑:Administrator 关闭窗口",
      "2025-02-05 版权声明 我要投稿",
      "导语:河務局信息公開工作匯報一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。",
      "<图片",
      "| |",
    ]) {
      expect(isDebrisLine(line), line).toBe(true);
    }
  });

  it("keeps report text, headings, table rows and header fields", () => {
    for (const line of [
      "一、概述",
      "2010年,我局未接收到依申请公开政府信息。",
      "规章 | 0 | 0 | 0 | |",
      "时间:2013-03-22来源:",
      "来源：宿州市人力资源和社会保障局  发布时间：2021-01-29  浏览次数：1325",
      "索引号 | 公开方式 | 发布机构 |",
      "通过分享会、座谈会等形式宣传条例。",
      // A blank cell of a table whose cells are lines closed by "|" (h012-02, h012-03).
      "|",
    ]) {
      expect(isDebrisLine(line), line).toBe(false);
    }
  });
});
