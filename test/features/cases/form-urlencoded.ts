import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { operation } from "../support/model-lookup.js";

export const formUrlencoded: FeatureCase = {
  fixture: "form-urlencoded",
  proves: "application/x-www-form-urlencoded bodies from a typed object: encoded values, repeated array fields",
  model(model) {
    expect(operation(model, "create_token").requestBody).toMatchObject({ mediaType: "application/x-www-form-urlencoded", type: { kind: "ref", name: "TokenRequest" } });
  },
  typedUsage: `
import type { CreateTokenParams } from "../sdk/src/index.js";

export const params: CreateTokenParams = { tokenRequest: { grant_type: "client_credentials", client_id: "app", scope: ["read", "write"], ttl: 60, offline: true } };
// @ts-expect-error client_id is required
export const missing: CreateTokenParams = { tokenRequest: { grant_type: "client_credentials" } };
`,
  async sdk({ sdk, server }) {
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: '{"access_token":"t0k"}' });
    const response = await sdk.operation("createToken")(sdk.config(), {
      tokenRequest: { grant_type: "client_credentials", client_id: "app & co", scope: ["read", "write"], ttl: 60, offline: true },
    });
    const sent = server.requests[0]!;
    expect(sent.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(sent.body).toBe("grant_type=client_credentials&client_id=app%20%26%20co&scope=read&scope=write&ttl=60&offline=true");
    expect(response.data).toEqual({ access_token: "t0k" });
  },
  python: [
    {
      title: "python: a model body and a dict body form-encoded on the wire (recording server): arrays repeated, dicts deepObject, None skipped, UTF-8 percent-encoded",
      code: `sys.path.insert(0, ${JSON.stringify(fileURLToPath(new URL("../../python", import.meta.url)))})
from support import RecordingServer, Reply
from form_urlencoded import ApiClient, Configuration, DefaultApi, TokenRequest
with RecordingServer() as server:
    server.reply(Reply(200, {"access_token": "t0k"}))
    api = DefaultApi(ApiClient(Configuration(host=server.url)))
    token = TokenRequest(grant_type="client_credentials", client_id="app & co", scope=["read", "write"], ttl=60, offline=True)
    print(api.create_token(token)["access_token"])
    api.create_token({"grant_type": "x", "client_id": "\u00e9/\u00fc+", "scope": [], "ttl": None, "extra": {"a b": [1, 2]}})
    for sent in server.requests:
        print(sent.header("Content-Type"))
        print(sent.body.decode("ascii"))`,
      stdout: [
        "t0k",
        "application/x-www-form-urlencoded",
        "grant_type=client_credentials&client_id=app%20%26%20co&scope=read&scope=write&ttl=60&offline=true",
        "application/x-www-form-urlencoded",
        "grant_type=x&client_id=%C3%A9%2F%C3%BC%2B&extra[a%20b]=1&extra[a%20b]=2",
      ].join("\n"),
    },
  ],
  ruby: [
    {
      title: "ruby: a model body and a Hash body form-encoded on the wire (recording server): arrays repeated, hashes deepObject, nil skipped, UTF-8 percent-encoded",
      code: `require ${JSON.stringify(fileURLToPath(new URL("../../ruby/support/recording_server.rb", import.meta.url)))}
RecordingServer.open do |server|
  config = FormUrlencoded::Configuration.new
  config.base_url = server.url
  api = FormUrlencoded::DefaultApi.new(FormUrlencoded::ApiClient.new(config))
  server.reply(body: '{"access_token":"t0k"}')
  token = FormUrlencoded::TokenRequest.new(grant_type: "client_credentials", client_id: "app & co", scope: %w[read write], ttl: 60, offline: true)
  puts api.create_token(token).fetch("access_token")
  api.create_token({ "grant_type" => "x", client_id: "\u00e9/\u00fc+", scope: [], ttl: nil, extra: { "a b" => [1, 2] } })
  server.requests.each { |sent| puts sent.headers.fetch("content-type"), sent.body }
end`,
      stdout: [
        "t0k",
        "application/x-www-form-urlencoded",
        "grant_type=client_credentials&client_id=app%20%26%20co&scope=read&scope=write&ttl=60&offline=true",
        "application/x-www-form-urlencoded",
        "grant_type=x&client_id=%C3%A9%2F%C3%BC%2B&extra[a%20b]=1&extra[a%20b]=2",
      ].join("\n"),
    },
  ],
};
