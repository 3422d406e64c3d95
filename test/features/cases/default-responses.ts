import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { operation } from "../support/model-lookup.js";

export const defaultResponses: FeatureCase = {
  fixture: "default-responses",
  proves: "`default` responses: the error body beside a 200, and the success body when `default` is the only response",
  model(model) {
    expect(operation(model, "list_widgets").responses.map((response) => [response.status, response.kind])).toEqual([
      ["200", "success"],
      ["default", "default"],
    ]);
    expect(operation(model, "get_status").responses).toMatchObject([{ status: "default", kind: "default", type: { kind: "ref", name: "Status" } }]);
  },
  typedUsage: `
import type { GetStatusResult, ListWidgetsErrorBody, ListWidgetsResult } from "../sdk/src/index.js";

export const widgets: ListWidgetsResult = ["a"];
export const error: ListWidgetsErrorBody = { message: "boom" };
// The only response is \`default\`: it types the success body too.
export const status: GetStatusResult = { healthy: true };
// @ts-expect-error healthy is a boolean
export const wrong: GetStatusResult = { healthy: "yes" };
`,
  async sdk({ sdk, server }) {
    server.reply({ status: 503, headers: { "content-type": "application/json" }, body: '{"message":"down for maintenance"}' });
    const failure = await sdk.operation("listWidgets")(sdk.config()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(sdk.module.ApiError as new () => unknown);
    expect(failure).toMatchObject({ status: 503, body: { message: "down for maintenance" } });

    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: '{"healthy":true}' });
    expect((await sdk.operation("getStatus")(sdk.config())).data).toEqual({ healthy: true });
  },
  python: [
    {
      title: "python: an operation whose only response is `default` returns its decoded body on a 2XX and raises on a 503, like one with a 200 (recording server on the wire)",
      code: `sys.path.insert(0, ${JSON.stringify(fileURLToPath(new URL("../../python", import.meta.url)))})
from support import RecordingServer, Reply
from default_responses import ApiClient, Configuration, DefaultApi, ServiceException
with RecordingServer() as server:
    api = DefaultApi(ApiClient(Configuration(host=server.url, max_retries=0)))
    server.reply(Reply(200, {"healthy": True}))
    print(repr(api.get_status()), server.requests[0].path)
    for call in (api.get_status, api.list_widgets):
        server.reply(Reply(503, {"message": "down for maintenance"}))
        try:
            call()
        except ServiceException as error:
            print(call.__name__, error.status, repr(error.data), error.body)`,
      stdout: [
        "Status(healthy=True, additional_properties={}) /status",
        "get_status 503 None {'message': 'down for maintenance'}",
        "list_widgets 503 Error(message='down for maintenance', additional_properties={}) {'message': 'down for maintenance'}",
      ].join("\n"),
    },
  ],
  ruby: [
    {
      title: "ruby: an operation whose only response is `default` returns its decoded body on a 2XX and raises on a 503, like one with a 200 (recording server on the wire)",
      code: `require ${JSON.stringify(fileURLToPath(new URL("../../ruby/support/recording_server.rb", import.meta.url)))}
RecordingServer.open do |server|
  config = DefaultResponses::Configuration.new
  config.base_url = server.url
  config.max_retries = 0
  api = DefaultResponses::DefaultApi.new(DefaultResponses::ApiClient.new(config))
  p DefaultResponses::DefaultApi::OPERATIONS.fetch(:get_status).return_type
  server.reply(status: 200, body: '{"healthy":true}')
  status = api.get_status
  p [status.class.name, status.healthy, server.requests.fetch(0).target]
  [:get_status, :list_widgets].each do |method|
    server.reply(status: 503, body: '{"message":"down for maintenance"}')
    begin
      api.public_send(method)
    rescue DefaultResponses::ApiError => e
      puts [method, e.class.name, e.code, JSON.generate(e.response_body)].join(" ")
    end
  end
end`,
      stdout: [
        '"Status"',
        '["DefaultResponses::Status", true, "/status"]',
        'get_status DefaultResponses::InternalServerError 503 {"message":"down for maintenance"}',
        'list_widgets DefaultResponses::InternalServerError 503 {"message":"down for maintenance"}',
      ].join("\n"),
    },
  ],
};
