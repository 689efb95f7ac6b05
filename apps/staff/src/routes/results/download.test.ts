import { ApiError, problemOf } from "@heard/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { attachmentName, fetchResultsCsv, resultsCsvHref } from "./download";

afterEach(() => vi.unstubAllGlobals());

describe("the results CSV", () => {
  it("is asked for with the same filter as qa.results, as URL-encoded JSON", () => {
    expect(resultsCsvHref({ from: "2026-01-01", teamIds: ["a b"] })).toBe(
      `/api/exports/results.csv?input=${encodeURIComponent('{"from":"2026-01-01","teamIds":["a b"]}')}`,
    );
  });

  it("takes the file name the server gives", () => {
    expect(attachmentName('attachment; filename="heard-results-v2-2026-01-to-2026-12.csv"')).toBe(
      "heard-results-v2-2026-01-to-2026-12.csv",
    );
    expect(attachmentName("attachment; filename=results.csv")).toBe("results.csv");
    expect(attachmentName("attachment; filename=\"x.csv\"; filename*=UTF-8''canlyniadau%20%C5%B5.csv")).toBe("canlyniadau ŵ.csv");
    expect(attachmentName("attachment")).toBeNull();
    expect(attachmentName(null)).toBeNull();
  });

  it("saves a success under that name", async () => {
    const fetch = vi.fn(
      async () =>
        new Response("tip,month\r\n", {
          headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="heard-results.csv"' },
        }),
    );
    vi.stubGlobal("fetch", fetch);
    const { filename, file } = await fetchResultsCsv({});
    expect(filename).toBe("heard-results.csv");
    expect(await file.text()).toBe("tip,month\r\n");
    expect(fetch).toHaveBeenCalledWith(resultsCsvHref({}));
  });

  it("throws a refusal's error, with its status and message key", async () => {
    const data = { code: "FORBIDDEN", httpStatus: 403, messageKey: "forbidden" };
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Response.json({ error: { message: "forbidden", code: -32003, data } }, { status: 403 })),
    );
    const refused = await fetchResultsCsv({}).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 403 });
    expect(problemOf(refused)).toMatchObject({ messageKey: "forbidden", code: "FORBIDDEN" });
  });

  it("calls a missing route's HTML an unreadable answer", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("<html>Not found</html>", { status: 404 })),
    );
    expect(problemOf(await fetchResultsCsv({}).catch((error: unknown) => error)).messageKey).toBe("server");
  });
});
