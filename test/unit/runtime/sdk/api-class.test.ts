import { describe, expect, it } from "vitest";
import { apiClass, resolveClientConfig, type ResolvedClientConfig } from "../../../../templates/sdk/runtime/index.js";

const createConfig = (options: { baseUrl?: string } = {}): ResolvedClientConfig =>
  resolveClientConfig(options, { baseUrl: "https://api.example.test", securitySchemes: {} });

// A tag's operations module: standalone functions taking the config first.
const operations = {
  getThing: (config: ResolvedClientConfig, params: { id: string }, options?: { timeoutMs?: number }) => ({ baseUrl: config.baseUrl, params, options }),
  listThings: (config: ResolvedClientConfig, params: { limit?: number } = {}) => ({ baseUrl: config.baseUrl, params }),
};

describe("apiClass", () => {
  const ThingsApi = apiClass(operations, createConfig);

  it("makes each operation a method that passes the instance's config first", () => {
    const api = new ThingsApi({ baseUrl: "https://other.example.test/" });
    expect(api.getThing({ id: "t1" }, { timeoutMs: 5 })).toEqual({ baseUrl: "https://other.example.test", params: { id: "t1" }, options: { timeoutMs: 5 } });
    expect(api.listThings()).toEqual({ baseUrl: "https://other.example.test", params: {} });
  });

  it("uses a resolved config as it is, and resolves plain options (or none) with createConfig", () => {
    const config = createConfig({ baseUrl: "https://resolved.example.test" });
    expect(new ThingsApi(config).config).toBe(config);
    expect(new ThingsApi().config.baseUrl).toBe("https://api.example.test");
    expect(new ThingsApi({}).config.baseUrl).toBe("https://api.example.test");
  });

  it("puts the methods on the prototype, named and not enumerable, as class-body methods are", () => {
    const api = new ThingsApi();
    expect(Object.keys(api)).toEqual(["config"]);
    expect(Object.hasOwn(ThingsApi.prototype, "getThing")).toBe(true);
    expect(api.getThing.name).toBe("getThing");
    expect(Object.getOwnPropertyDescriptor(ThingsApi.prototype, "getThing")).toMatchObject({ enumerable: false, writable: true, configurable: true });
  });

  it("binds only functions, and each class to its own operations", () => {
    const OtherApi = apiClass({ other: (config: ResolvedClientConfig) => config.baseUrl, VERSION: "1" } as const, createConfig);
    const other = new OtherApi() as unknown as Record<string, unknown>;
    expect(other.other).toBeTypeOf("function");
    expect("VERSION" in other).toBe(false);
    expect("getThing" in other).toBe(false);
  });

  it("types each method from its function, without the config", () => {
    const api = new ThingsApi();
    // @ts-expect-error the required `params` is still required
    expect(api.getThing().params).toBeUndefined();
    // @ts-expect-error the config is bound, not passed
    void api.listThings(createConfig());
    const result: { baseUrl: string; params: { id: string } } = api.getThing({ id: "t2" });
    expect(result.params.id).toBe("t2");
  });
});
