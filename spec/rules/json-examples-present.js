// The mock server answers with the spec's examples, so every JSON request body and success response
// carries at least one named example: without one, Prism invents `"string"` and frontend developers
// build against nonsense.
const isJson = (mediaType) => /^application\/([\w.+-]+\+)?json\b/i.test(mediaType);

function hasExample(mediaTypeObject) {
  return (
    mediaTypeObject.example !== undefined ||
    (mediaTypeObject.examples !== undefined && Object.keys(mediaTypeObject.examples).length > 0)
  );
}

function checkContent(content, ctx, what) {
  for (const [mediaType, mediaTypeObject] of Object.entries(content ?? {})) {
    if (isJson(mediaType) && !hasExample(mediaTypeObject ?? {})) {
      ctx.report({
        message: `${what} (${mediaType}) must have an example.`,
        location: ctx.location.child(["content", mediaType]).key(),
      });
    }
  }
}

export default function JsonExamplesPresent() {
  return {
    RequestBody: {
      enter(requestBody, ctx) {
        checkContent(requestBody.content, ctx, "JSON request body");
      },
    },
    Response: {
      enter(response, ctx) {
        const status = ctx.key;
        if (typeof status === "string" && /^2/.test(status)) {
          checkContent(response.content, ctx, `JSON ${status} response`);
        }
      },
    },
  };
}
