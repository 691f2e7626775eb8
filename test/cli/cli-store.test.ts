import { describe, expect, it } from "vitest";
import { cliStoreTarget, storeLabel } from "../../src/cli/cli-store.ts";

const URL_ = "postgres://bot:secret@127.0.0.1:5432/nianbao";

describe("cliStoreTarget", () => {
  it("opens the command's default SQLite file when nothing names a store", () => {
    expect(cliStoreTarget({}, {}, "var/nianbao.sqlite")).toEqual({ databaseUrl: null, databasePath: "var/nianbao.sqlite", databasePoolSize: 10 });
  });

  it("takes DATABASE_URL and DATABASE_POOL_SIZE from the environment", () => {
    expect(cliStoreTarget({}, { DATABASE_URL: URL_, DATABASE_POOL_SIZE: "3" }, "var/nianbao.sqlite")).toEqual({
      databaseUrl: URL_,
      databasePath: "var/nianbao.sqlite",
      databasePoolSize: 3,
    });
  });

  it("prefers --database-url to DATABASE_URL, and --db to both", () => {
    const env = { DATABASE_URL: "postgres://127.0.0.1/other" };
    expect(cliStoreTarget({ "database-url": URL_ }, env, "x.sqlite").databaseUrl).toBe(URL_);
    expect(cliStoreTarget({ db: "mine.sqlite", "database-url": URL_ }, env, "x.sqlite")).toEqual({ databaseUrl: null, databasePath: "mine.sqlite" });
  });

  it("refuses a URL that is not PostgreSQL's, naming the variable", () => {
    expect(() => cliStoreTarget({ "database-url": "mysql://127.0.0.1/x" }, {}, "x.sqlite")).toThrow(
      "Invalid configuration: DATABASE_URL: must be a postgres:// or postgresql:// URL",
    );
  });

  it("labels a store by its path, or by its URL with the password masked", () => {
    expect(storeLabel({ databaseUrl: null, databasePath: "var/a.sqlite" })).toBe("var/a.sqlite");
    expect(storeLabel({ databaseUrl: URL_, databasePath: "var/a.sqlite" })).toBe("postgres://bot:***@127.0.0.1:5432/nianbao");
  });
});
