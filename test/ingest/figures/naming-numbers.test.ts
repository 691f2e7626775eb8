import { describe, expect, it } from "vitest";
import { addressNumbers } from "../../../src/ingest/figures/address-numbers.ts";
import { ordinalNumbers } from "../../../src/ingest/figures/ordinal-numbers.ts";

const whole = (text: string) => [{ start: 0, end: text.length }];
const addressesOf = (text: string) => addressNumbers(text, whole(text)).map((f) => [f.label, f.value, f.unit, f.metric]);
const ordinalsOf = (text: string) => ordinalNumbers(text, whole(text)).map((f) => [f.label, f.value, f.unit, f.metric]);

// cs-002, cs-088, cs-012: a street's number and a building's, asked as 在兴华路多少号 and 几号楼.
describe("the numbers an address gives", () => {
  it("reads a street's number with its street, and a building's", () => {
    expect(addressesOf("地址:武陟县兴华路8号县政府三楼,邮编:454950。")).toEqual([["武陟县兴华路", 8, "号", "address.number"]]);
    expect(addressesOf("联系地址：秦皇岛市海港区港城大街77号。")).toEqual([["秦皇岛市海港区港城大街", 77, "号", "address.number"]]);
    expect(addressesOf("地址: 长治市政府大院1号楼")).toEqual([["号楼", 1, "号楼", "address.number"]]);
  });

  it("reads no order's or document's number as a street's", () => {
    expect(addressesOf("已经市政府令291号发布,按照市政府办公室3号文执行。")).toEqual([]);
  });
});

// cs-132, cr-031, cs-033: which meeting, which place on a ranking, asked as 第几次 and 排第几.
describe("the places a report gives in an order", () => {
  it("reads an event's and a rank's, with or without its counter", () => {
    expect(ordinalsOf("召开市政府第41次常务会议。")).toEqual([["召开市政府第41次常务会议", 41, "次", "ordinal"]]);
    expect(ordinalsOf("在测评中排名第十。")).toEqual([["在测评中排名第十", 10, "名", "ordinal"]]);
  });

  it("reads no article of a law or quarter as a place in an order", () => {
    expect(ordinalsOf("依照《条例》第二十条,于第三季度公开。")).toEqual([]);
  });
});
