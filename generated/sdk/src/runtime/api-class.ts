import type { ResolvedClientConfig } from "./config.js";

/**
 * The methods of an API class: each standalone operation function of its tag (`fn(config, params,
 * options)`) as a method `fn(params, options)` on the instance's config. Derived from the functions'
 * own types, so a method shows the function's documentation, parameters and result; and computed
 * only for the members a program uses, so a large API costs the type checker nothing per method
 * (spelling every method out was the largest part of `tsc` time on the Clerk SDK).
 */
export type BoundOperations<Operations> = {
  [Name in keyof Operations]: Operations[Name] extends (config: ResolvedClientConfig, ...args: infer Args) => infer Result
    ? (...args: Args) => Result
    : never;
};

/** An API class: built from a config, or from the options to create one. */
export interface ApiClass<Operations, Options> {
  new (config?: ResolvedClientConfig | Options): BoundOperations<Operations> & { readonly config: ResolvedClientConfig };
}

/**
 * Builds the class of one tag's operations: every function of `operations` becomes a prototype
 * method that passes the instance's config first. Nothing is copied per instance.
 *
 * @param operations - the module of the tag's standalone operation functions.
 * @param createConfig - resolves plain options, for an instance made from options.
 */
export function apiClass<Operations extends object, Options>(
  operations: Operations,
  createConfig: (options?: Options) => ResolvedClientConfig,
): ApiClass<Operations, Options> {
  class Api {
    readonly config: ResolvedClientConfig;

    constructor(config?: ResolvedClientConfig | Options) {
      // A resolved config always carries its `sleep` hook; plain options never do.
      this.config = isResolvedConfig(config) ? config : createConfig(config);
    }
  }
  for (const [name, operation] of Object.entries(operations)) {
    if (typeof operation !== "function") continue;
    const method = function (this: Api, params?: unknown, options?: unknown): unknown {
      return operation(this.config, params, options);
    };
    // Named and non-enumerable, as a method written in the class body would be.
    Object.defineProperty(method, "name", { value: name });
    Object.defineProperty(Api.prototype, name, { value: method, writable: true, configurable: true });
  }
  return Api as unknown as ApiClass<Operations, Options>;
}

function isResolvedConfig(config: unknown): config is ResolvedClientConfig {
  return typeof config === "object" && config !== null && "sleep" in config;
}
