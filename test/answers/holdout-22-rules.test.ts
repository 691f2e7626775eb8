import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

const BUREAU = [
  "示例市交通运输局2022年政府信息公开工作年度报告",
  "如对本报告有疑问,请与示例市交通运输局办公室联系(地址:示例市人民路8号行政服务大厅229室,电话:0756-2123456)。",
  "一、总体情况",
  "2022年度,通过政府网站、政务新媒体等平台主动公开各类交通运输信息约196.4万条,其中:通过政府网站发布政府信息6000条,通过示例省行政执法公示平台发布行政执法类17245条信息、行政许可类信息22549条信息,通过政务新媒体(“示例交通”微博、微信公众号等)发布各类信息7624条,通过12328交通服务平台回应咨询5600条。",
  "人大建议答复主动公开19件,公开率为11%;政协提案答复主动公开19件,公开率为13%。",
  "开通12328服务热线受理群众咨询。",
].join("\n");

describe("counts of one long list of channels and kinds", () => {
  const ask = askingOverPages({ "bureau.txt": BUREAU }, new Date("2026-06-01T12:00:00"));

  // eb-047, eb-043: the noun after a count (17245条信息) names none of the counts.
  it("answers a kind of information by its own count, not the one before it", async () => {
    const a = await ask("c:1", "示例市交通运输局2022年发布的行政许可类信息多少条?");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 22549]);
  });


  // ed-137, ed-041: two rates alike, told apart by what they are rates of.
  it("answers a rate by the words of what it is a rate of", async () => {
    const cppcc = await ask("c:3", "示例市交通运输局2022年政协提案答复公开率多少?");
    expect([cppcc.status, cppcc.figures[0]?.value]).toEqual(["answered", 13]);
    const npc = await ask("c:4", "示例市交通运输局2022年人大建议答复的公开率是多少?");
    expect([npc.status, npc.figures[0]?.value]).toEqual(["answered", 11]);
  });
});

const OFFICE = ["示例县文化局2022年政府信息公开工作年度报告", "一、总体情况", "全年发布政务信息8000条,其中通过政务新媒体(“示例文化”微博、微信公众号等)发布信息1624条。"].join("\n");

// eb-043, eb-046: the accounts in brackets after 政务新媒体 are that one channel by name.
describe("one channel whose accounts a bracket names", () => {
  const ask = askingOverPages({ "office.txt": OFFICE }, new Date("2026-06-01T12:00:00"));

  it("answers 政务新媒体 with its count, not the total over every channel", async () => {
    const a = await ask("n:1", "示例县文化局2022年通过政务新媒体发布信息多少条");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 1624]);
  });
});

describe("contact facts asked the ways people ask them", () => {
  const ask = askingOverPages({ "bureau.txt": BUREAU }, new Date("2026-06-01T12:00:00"));

  // ef-026, eg-052: 几号房间, 哪个房间 ask the address.
  it("answers which room with the address", async () => {
    for (const [chat, q] of [
      ["r:1", "示例市交通运输局2022年年报里办公室在行政服务大厅几号房间?"],
      ["r:2", "示例市交通运输局2022年报里办公室在哪个房间?"],
    ] as const) {
      const a = await ask(chat, q);
      expect(a.status).toBe("answered");
      expect(a.text).toContain("229室");
    }
  });

  // ed-103, ea-117: 电话(2019年报)是多少, the report named in brackets between the phone and the asking.
  it("answers a phone asked with the report in brackets", async () => {
    const phone = await ask("p:1", "示例市交通运输局办公室电话(2022年报)是多少?");
    expect(phone.status).toBe("answered");
    expect(phone.text).toContain("0756-2123456");
  });

  // eg-158, ee-078: 热线号码 asks a number to call.
  it("answers a hotline's number", async () => {
    const hotline = await ask("p:2", "示例市交通运输局2022年报里提到的服务热线号码是?");
    expect(hotline.status).toBe("answered");
    expect(hotline.text).toContain("12328");
  });
});
