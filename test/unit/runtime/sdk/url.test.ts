import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../../../../templates/sdk/runtime/errors.js";
import { buildUrl, formBody, serializeQuery, type QueryStyle, type UrlParts } from "../../../../templates/sdk/runtime/url.js";

const BASE = "https://api.example.test";
const INVITATION_PATH = "/v1/organizations/{organization_id}/invitations/{invitation_id}";

describe("buildUrl: path parameters", () => {
  const cases: [string, { given: UrlParts["pathParams"]; want: string }][] = [
    ["plain values", { given: { organization_id: "org_1", invitation_id: "inv_2" }, want: "/v1/organizations/org_1/invitations/inv_2" }],
    ["numbers and booleans", { given: { organization_id: 42, invitation_id: false }, want: "/v1/organizations/42/invitations/false" }],
    ["dot-dot-slash stays one segment", { given: { organization_id: "../admin", invitation_id: "x" }, want: "/v1/organizations/..%2Fadmin/invitations/x" }],
    ["slash, query and fragment characters are encoded", { given: { organization_id: "a/b?c#d", invitation_id: "x" }, want: "/v1/organizations/a%2Fb%3Fc%23d/invitations/x" }],
    ["percent-encoded dots are encoded again, not decoded", { given: { organization_id: "%2e%2e", invitation_id: "x" }, want: "/v1/organizations/%252e%252e/invitations/x" }],
    ["three dots are an ordinary name", { given: { organization_id: "...", invitation_id: "x" }, want: "/v1/organizations/.../invitations/x" }],
    ["spaces and non-ASCII", { given: { organization_id: "a b", invitation_id: "é" }, want: "/v1/organizations/a%20b/invitations/%C3%A9" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const url = buildUrl(BASE, { operationId: "get_invitation", path: INVITATION_PATH, pathParams: given });
    expect(url).toBe(BASE + want);
    // The URL parser must not move the parameter out of its segment either.
    expect(new URL(url).pathname).toBe(want);
  });

  const refused: [string, { given: UrlParts["pathParams"]; want: RegExp }][] = [
    ["no parameters at all", { given: undefined, want: /organization_id" is missing/ }],
    ["a missing parameter", { given: { invitation_id: "x" }, want: /organization_id" is missing/ }],
    ["an undefined parameter", { given: { organization_id: undefined, invitation_id: "x" }, want: /organization_id" is missing/ }],
    ["an empty parameter", { given: { organization_id: "", invitation_id: "x" }, want: /organization_id" must not be ""/ }],
    ["a dot", { given: { organization_id: ".", invitation_id: "x" }, want: /must not be "\."/ }],
    ["a dot-dot", { given: { organization_id: "org", invitation_id: ".." }, want: /invitation_id" must not be "\.\."/ }],
  ];
  it.each(refused)("refuses %s", (_, { given, want }) => {
    const build = () => buildUrl(BASE, { operationId: "get_invitation", path: INVITATION_PATH, pathParams: given });
    expect(build).toThrow(InvalidRequestError);
    expect(build).toThrow(want);
    expect(build).toThrow(/^get_invitation: /);
  });

  it("does not take a parameter named like an Object.prototype member from the prototype", () => {
    const build = (name: string) => buildUrl(BASE, { operationId: "op", path: `/things/{${name}}`, pathParams: {} });
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(() => build(name)).toThrow(`"${name}" is missing`);
    }
  });

  it("accepts an own parameter named __proto__", () => {
    const pathParams = JSON.parse('{"__proto__": "p"}') as Record<string, string>;
    expect(buildUrl(BASE, { operationId: "op", path: "/things/{__proto__}", pathParams })).toBe(`${BASE}/things/p`);
  });
});

describe("serializeQuery", () => {
  const cases: [string, { given: Record<string, unknown> | undefined; want: string }][] = [
    ["no query", { given: undefined, want: "" }],
    ["empty object", { given: {}, want: "" }],
    ["primitives in the order given", { given: { limit: 10, q: "x", archived: false, big: 12n }, want: "limit=10&q=x&archived=false&big=12" }],
    ["undefined and null are skipped", { given: { a: undefined, b: null, c: 1 }, want: "c=1" }],
    ["arrays repeat the name (form, explode)", { given: { status: ["pending", "accepted"] }, want: "status=pending&status=accepted" }],
    ["null items in arrays are skipped", { given: { id: [1, null, undefined, 2] }, want: "id=1&id=2" }],
    ["an empty array sends nothing", { given: { id: [], b: 1 }, want: "b=1" }],
    ["objects are form with explode: each property a parameter (RFC 6570 {?filter*})", { given: { filter: { role: "admin", team: "x" } }, want: "role=admin&team=x" }],
    ["form-exploded object properties that are arrays repeat their name", { given: { filter: { role: ["a", "b"], team: null } }, want: "role=a&role=b" }],
    ["objects nested inside a form-exploded object are bracketed", { given: { filter: { created: { gte: 1, lt: 2 } } }, want: "created[gte]=1&created[lt]=2" }],
    ["dates are ISO 8601", { given: { since: new Date("2024-01-02T03:04:05.000Z") }, want: "since=2024-01-02T03%3A04%3A05.000Z" }],
    ["names and values are percent-encoded", { given: { "a b&c": "x=y&z #" }, want: "a%20b%26c=x%3Dy%26z%20%23" }],
    ["form-exploded property names are encoded", { given: { f: { "a]b c": "d" } }, want: "a%5Db%20c=d" }],
    ["the empty string is a value", { given: { q: "" }, want: "q=" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(serializeQuery(given)).toBe(want);
  });

  it("reads only own keys: inherited properties are ignored", () => {
    const query = Object.create({ inherited: "leak" }) as Record<string, unknown>;
    query["own"] = 1;
    expect(serializeQuery(query)).toBe("own=1");
  });

  it("treats an own __proto__ key as data and pollutes nothing", () => {
    const query = JSON.parse('{"__proto__": {"polluted": "yes"}, "a": 1}') as Record<string, unknown>;
    expect(serializeQuery(query)).toBe("polluted=yes&a=1");
    expect(serializeQuery(query, { __proto__: "deepObject" } as Record<string, QueryStyle>)).toBe("polluted=yes&a=1");
    expect(serializeQuery(JSON.parse('{"__proto__": {"polluted": "yes"}}') as Record<string, unknown>, JSON.parse('{"__proto__": "deepObject"}') as Record<string, QueryStyle>)).toBe("__proto__[polluted]=yes");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("buildUrl: base URL and query together", () => {
  const cases: [string, { given: UrlParts; want: string }][] = [
    ["no query leaves no question mark", { given: { operationId: "op", path: "/v1/things", query: serializeQuery({ a: undefined }) }, want: `${BASE}/v1/things` }],
    ["query is appended", { given: { operationId: "op", path: "/v1/things", query: serializeQuery({ limit: 5 }) }, want: `${BASE}/v1/things?limit=5` }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(buildUrl(BASE, given)).toBe(want);
  });
});

describe("serializeQuery with OpenAPI styles", () => {
  const cases: Array<[string, { given: { query: Record<string, unknown>; styles: Record<string, QueryStyle> }; want: string }]> = [
    ["form without explode joins array items with commas, encoding commas inside items", { given: { query: { ids: [1, 2, 3] }, styles: { ids: "form-no-explode" } }, want: "ids=1,2,3" }],
    ["form without explode writes an object as key,value pairs", { given: { query: { point: { x: 1, y: 2 } }, styles: { point: "form-no-explode" } }, want: "point=x,1,y,2" }],
    ["an item's own comma is encoded, the delimiter is not", { given: { query: { names: ["a,b", "c"] }, styles: { names: "form-no-explode" } }, want: "names=a%2Cb,c" }],
    ["spaceDelimited", { given: { query: { tags: ["a b", "c"] }, styles: { tags: "spaceDelimited" } }, want: "tags=a%20b%20c" }],
    ["pipeDelimited", { given: { query: { tags: ["a|b", "c"] }, styles: { tags: "pipeDelimited" } }, want: "tags=a%7Cb|c" }],
    ["deepObject stays bracketed", { given: { query: { filter: { status: "pending" } }, styles: { filter: "deepObject" } }, want: "filter[status]=pending" }],
    ["deepObject nests brackets", { given: { query: { filter: { created: { gte: 1, lt: 2 } } }, styles: { filter: "deepObject" } }, want: "filter[created][gte]=1&filter[created][lt]=2" }],
    ["deepObject keys are encoded inside the brackets", { given: { query: { f: { "a]b": "c" } }, styles: { f: "deepObject" } }, want: "f[a%5Db]=c" }],
    ["an explicit form style explodes an object like the default", { given: { query: { point: { x: 1, y: 2 }, n: 3 }, styles: { point: "form" } }, want: "x=1&y=2&n=3" }],
    ["an empty array writes an empty value with a delimited style", { given: { query: { ids: [] }, styles: { ids: "form-no-explode" } }, want: "ids=" }],
    ["an empty array writes nothing with form + explode", { given: { query: { ids: [] }, styles: {} }, want: "" }],
    ["a style for a primitive changes nothing", { given: { query: { q: "x y" }, styles: { q: "pipeDelimited" } }, want: "q=x%20y" }],
    ["null items are skipped inside a delimited value", { given: { query: { ids: [1, null, 2] }, styles: { ids: "form-no-explode" } }, want: "ids=1,2" }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(serializeQuery(given.query, given.styles)).toBe(want);
  });

  it("gives the query string buildUrl appends", () => {
    expect(buildUrl("http://h", { operationId: "op", path: "/x", query: serializeQuery({ ids: ["a", "b"], n: 1 }, { ids: "form-no-explode" }) })).toBe("http://h/x?ids=a,b&n=1");
  });
});

describe("formBody", () => {
  const cases: Array<[string, { given: unknown; want: unknown }]> = [
    ["an object is form-encoded, nested objects bracketed", { given: { a: "1 2", b: ["x", "y"], c: { d: 1 }, e: null }, want: "a=1%202&b=x&b=y&c[d]=1" }],
    ["a string is sent as it is", { given: "a=1", want: "a=1" }],
    ["undefined stays undefined (no body)", { given: undefined, want: undefined }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(formBody(given)).toEqual(want);
  });

  it("leaves URLSearchParams to fetch", () => {
    const params = new URLSearchParams({ a: "1" });
    expect(formBody(params)).toBe(params);
  });
});
