import { describe, expect, it } from "vitest";
import { AUTONOMOUS_PLACE, autonomousShortForms } from "../../src/domain/autonomous-place.ts";

describe("ethnic autonomous places", () => {
  it("reads the place opening a name up to its 自治州, 自治县 or 自治旗, its stem before the peoples", () => {
    const read = (name: string) => AUTONOMOUS_PLACE.exec(name)?.slice(0, 3) ?? null;
    expect(read("湘西土家族苗族自治州市场监督管理局")).toEqual(["湘西土家族苗族自治州", "湘西", "州"]);
    expect(read("黔东南苗族侗族自治州人民政府")).toEqual(["黔东南苗族侗族自治州", "黔东南", "州"]);
    expect(read("莫力达瓦达斡尔族自治旗教育局")).toEqual(["莫力达瓦达斡尔族自治旗", "莫力达瓦", "旗"]);
    expect(read("鄂伦春自治旗人民政府")).toEqual(["鄂伦春自治旗", "鄂伦春", "旗"]);
    expect(read("湖北省人民政府")).toBeNull();
  });

  it("gives the short forms people write for a whole autonomous place, and none for another name", () => {
    expect(autonomousShortForms("湘西土家族苗族自治州")).toEqual(["湘西", "湘西州", "湘西自治州"]);
    expect(autonomousShortForms("琼中黎族苗族自治县")).toEqual(["琼中", "琼中县", "琼中自治县"]);
    // h12 questions asking 广西 of the region's report.
    expect(autonomousShortForms("广西壮族自治区")).toEqual(["广西", "广西自治区"]);
    expect(autonomousShortForms("新疆维吾尔自治区")).toEqual(["新疆", "新疆自治区"]);
    expect(autonomousShortForms("湘西土家族苗族自治州市场监督管理局")).toEqual([]);
    expect(autonomousShortForms("凉州区")).toEqual([]);
  });
});
