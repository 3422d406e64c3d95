// The catalogue of hostile specs (test/fixtures/hostile/), each named after what it attacks, and
// what the generator must do with it: compile in every flavor with every data string intact, or
// refuse, naming the place. The suites in this folder run each entry through the real CLI.

/** How a fixture is linted: with Redocly's minimal rules, or not at all (and why). */
export type Lint = { mode: "minimal" } | { mode: "off"; why: string };

export const MINIMAL_LINT: Lint = { mode: "minimal" };

/** The CLI flags for a lint choice. `redocly-external.yaml` is Redocly's `minimal` ruleset. */
export function lintArgs(lint: Lint): string[] {
  return lint.mode === "off" ? ["--no-lint"] : ["--lint-config", "redocly-external.yaml"];
}

/** The payload marker: hostile text calls `pwned()`; the identifier must never appear as code. */
export const MARKER = "pwned";

export interface CompiledEntry {
  fixture: string;
  attacks: string;
  lint: Lint;
  /** The spec's `info.title`: package and module names derive from it. */
  title: string;
  /** Data strings every language must hold with their exact value (read back by its own parser). */
  literals: { typescript: readonly string[]; python: readonly string[]; ruby: readonly string[] };
  /** Data strings readable after loading the package (`import` in Python, `require` in Ruby). */
  loaded: { python: readonly string[]; ruby: readonly string[] };
  /** Prose that must reach a Python docstring unchanged in these parts (closing quotes and all). */
  docstringFragments?: readonly string[];
}

export interface RefusedEntry {
  fixture: string;
  attacks: string;
  /** Each lint choice is run; every one must refuse. */
  lint: readonly Lint[];
  /** What the error must say: the place (JSON pointer, file:line:col) and the reason. */
  want: readonly RegExp[];
  /** Text that must appear nowhere in the output (the content of a file the spec must not reach). */
  secret?: string;
  /** A time (ms) and heap (MB, `--max-old-space-size`) within which the refusal must come. */
  bound?: { ms: number; heapMb: number };
}

// ---------------------------------------------------------------------------------------------
// The payloads, as the fixtures spell them (YAML escapes decoded).
// ---------------------------------------------------------------------------------------------

const CODE = "it's \"dq\" `bt` ${pwned()} #{pwned()} C:\\logs\\ nl\nend";
const PATH = "/items/{id}/it's \"dq\" `bt` ${id} #{id} C:\\logs\\ nl\nend";
const SERVER = "https://api.example.test/v1?q=it's\"dq\"`bt`${pwned()}#{pwned()}C:\\logs\\\nend";
const QUERY = `q ${CODE}`;
const HEADER = "X-It's-`bt`";
const REQUEST_MEDIA = "application/vnd.it's+json; x=\"`bt` ${pwned()} #{pwned()} C:\\\\logs\\\\\"";
const RESPONSE_MEDIA = "application/vnd.it's+json; v=\"`bt` ${pwned()} #{pwned()} C:\\\\logs\\\\\"";
const VERSION = `1.0.0 ${CODE}`;
const KIND = [CODE, "C:\\logs\\", "*/ close /*", '""" triple """', "''' single '''", "=begin\nblock\n=end", "cr\rlf\nls\u2028ps\u2029nul\0"];
const BIG = ["18446744073709551616", "1000000000000000000000"];

const NAMES = ["__proto__", "constructor", "prototype", "toString", "class", "def", "end", "self", "123", "0", "x'); pwned(); ('"];
const CODE_OPERATION_ID = "x; pwned(); process.exit(1)";

export const COMPILED: readonly CompiledEntry[] = [
  {
    fixture: "strings-everywhere.yaml",
    attacks:
      "path keys, servers[].url, info.version, parameter names, media types with ' \" ` ${…} #{…} \\ and newlines; descriptions and summaries with */ \"\"\" ''' =begin/=end CR LF U+2028/9 NUL and HTML; enum values and defaults with the same, C:\\logs\\, 2**64 and 10**21",
    lint: MINIMAL_LINT,
    title: 'Strings */ "everywhere" `t` #{x} ${x}',
    literals: {
      typescript: [PATH, SERVER, QUERY, HEADER, REQUEST_MEDIA, RESPONSE_MEDIA, ...KIND, ...BIG],
      python: [PATH, SERVER, QUERY, HEADER, REQUEST_MEDIA, ...KIND, ...BIG],
      ruby: [PATH, SERVER, QUERY, HEADER, REQUEST_MEDIA, VERSION, ...KIND, ...BIG],
    },
    loaded: {
      python: [PATH, SERVER, REQUEST_MEDIA, ...KIND, ...BIG, "-18446744073709551616"],
      ruby: [PATH, SERVER, QUERY, HEADER, REQUEST_MEDIA, VERSION, ...KIND, ...BIG, "-18446744073709551616"],
    },
    docstringFragments: ['Doc */ pwned(); /* """ pwned() """ \'\'\' pwned() \'\'\'', "=begin\n    pwned()\n    =end"],
  },
  {
    fixture: "names.yaml",
    attacks: "operationIds that are code (x; pwned(); process.exit(1)) and reserved words (class, def, end, self, __proto__, constructor), names the generated modules already bind (send, config, serializeQuery); parameter and property names __proto__, constructor, prototype, toString, keywords, numeric, and code",
    lint: MINIMAL_LINT,
    title: "Names",
    literals: { typescript: [...NAMES, "1st", CODE_OPERATION_ID], python: [...NAMES, "1st", CODE_OPERATION_ID], ruby: [...NAMES, "1st", CODE_OPERATION_ID] },
    loaded: { python: [...NAMES, CODE_OPERATION_ID], ruby: [...NAMES, CODE_OPERATION_ID] },
  },
  {
    fixture: "files.yaml",
    attacks: "tag and schema names that become file names: ../../evil, /abs, a\\b, CON, .hidden, 300 characters (see also the planted symlinks)",
    lint: MINIMAL_LINT,
    title: "Files",
    literals: { typescript: ["../../evil", "/abs", "a\\b", "CON", ".hidden", "s".repeat(300)], python: [], ruby: [] },
    loaded: { python: [], ruby: [] },
  },
  {
    fixture: "recursive.yaml",
    attacks: "self-recursive (through arrays, maps, nullable), mutually recursive (objects; arrays alone; unions alone), a union with an array of itself, a union with itself, an array of itself, recursion through allOf and a discriminator, variants extending their parent, a digit-first name",
    lint: MINIMAL_LINT,
    title: "Recursive",
    literals: { typescript: ["Node", "Person", "Company", "Filter", "Nested", "Ping", "Pong", "2Forest", "ScalarA", "ScalarB", "Flag", "Pet", "Cat", "Dog"], python: [], ruby: [] },
    loaded: { python: [], ruby: [] },
  },
];

const NO_LINT_TOO = (why: string): Lint[] => [MINIMAL_LINT, { mode: "off", why }];

export const REFUSED: readonly RefusedEntry[] = [
  {
    fixture: "operation-id-duplicate.yaml",
    attacks: "two operations with one operationId",
    lint: [MINIMAL_LINT],
    want: [/operation-id-duplicate\.yaml:13:20 \(#\/paths\/~1b\/get\/operationId\): operationId "get_thing" is also used at #\/paths\/~1a\/get/],
  },
  {
    fixture: "operation-id-case-duplicate.yaml",
    attacks: "operationIds that become one method name (getThing, get_thing)",
    lint: [MINIMAL_LINT],
    want: [/operation-id-case-duplicate\.yaml:12:5 \(#\/paths\/~1b\/get\): method name "getThing" would name both #\/paths\/~1a\/get and #\/paths\/~1b\/get/],
  },
  {
    fixture: "operation-id-empty.yaml",
    attacks: "an empty operationId",
    lint: [MINIMAL_LINT],
    want: [/operation-id-empty\.yaml:8:20 \(#\/paths\/~1a\/get\/operationId\): operation has no operationId/],
  },
  {
    fixture: "property-case-collision.yaml",
    attacks: "two property names that collide after case conversion (foo-bar, foo_bar)",
    lint: [MINIMAL_LINT],
    want: [/property-case-collision\.yaml:12:9 \(#\/components\/schemas\/Thing\/properties\/foo_bar\): .*"foo_bar" would name both #\/components\/schemas\/Thing\/properties\/foo-bar and #\/components\/schemas\/Thing\/properties\/foo_bar/],
  },
  {
    fixture: "property-name-empty.yaml",
    attacks: "an empty property name (no Python or Ruby attribute can carry it)",
    lint: [MINIMAL_LINT],
    want: [/property-name-empty\.yaml:11:9 \(#\/components\/schemas\/Thing\/properties\/\): cannot derive a property name from ""/],
  },
  {
    fixture: "prototype-method-key.yaml",
    attacks: "a property named hasOwnProperty (Redocly and openapi-typescript crash on Object.prototype method names)",
    lint: [MINIMAL_LINT],
    want: [/prototype-method-key\.yaml:11:9 \(#\/components\/schemas\/Thing\/properties\/hasOwnProperty\): key "hasOwnProperty"/],
  },
  {
    fixture: "schema-case-collision.yaml",
    attacks: "schemas Pet and pet (one file on macOS and Windows)",
    lint: [MINIMAL_LINT],
    want: [/schema-case-collision\.yaml:12:5 \(#\/components\/schemas\/pet\): .*would name both #\/components\/schemas\/Pet and #\/components\/schemas\/pet/],
  },
  {
    fixture: "tag-case-collision.yaml",
    attacks: "tags Pet and pet (one API class, one file)",
    lint: [MINIMAL_LINT],
    want: [/tag-case-collision\.yaml:15:14 \(#\/paths\/~1b\/get\/tags\/0\): API class "PetApi" would name both tag "Pet" \(#\/paths\/~1a\/get\/tags\/0\) and tag "pet" \(#\/paths\/~1b\/get\/tags\/0\)/],
  },
  {
    fixture: "type-not-json-schema.yaml",
    attacks: "a 3.1 type that is not a JSON Schema type (strnig)",
    lint: NO_LINT_TOO("Redocly's struct rule refuses the type first; without lint the model must refuse it itself"),
    want: [/type-not-json-schema\.yaml:12:17/, /#\/components\/schemas\/Thing\/properties\/name\/type/, /strnig/],
  },
  {
    fixture: "header-name-crlf.yaml",
    attacks: "a header parameter name with CR LF (header injection)",
    lint: [MINIMAL_LINT],
    want: [/header-name-crlf\.yaml:10:17 \(#\/paths\/~1a\/get\/parameters\/0\/name\): header name "X-Trace\\r\\nX-Injected: pwned" contains CR, LF or NUL/],
  },
  {
    fixture: "media-type-crlf.yaml",
    attacks: "a request media type with CR LF (Content-Type injection)",
    lint: [MINIMAL_LINT],
    want: [/media-type-crlf\.yaml:11:11 \(#\/paths\/~1a\/post\/requestBody\/content\/application~1json\\r\\nX-Injected: pwned\): media type "application\/json\\r\\nX-Injected: pwned" contains a control character/],
  },
  {
    fixture: "number-overflow.yaml",
    attacks: "1e309 in an enum and a default (Infinity: JSON cannot carry it; Python and Ruby would print None and nil)",
    lint: [MINIMAL_LINT],
    want: [/number-overflow\.yaml:13:21 \(#\/components\/schemas\/Thing\/properties\/huge\/enum\/1\): number 1e309 is not finite/],
  },
  {
    fixture: "ref-outside/openapi.yaml",
    attacks: "a $ref to a file outside the spec folder",
    lint: [MINIMAL_LINT],
    want: [/ref-outside\/openapi\.yaml:15:23 \(#\/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema\/\$ref\): \$ref "\.\.\/outside-secret\.yaml#\/Secret" leads outside the spec folder/],
    secret: "TOP-SECRET-7f3a9c",
  },
  {
    fixture: "ref-absolute.yaml",
    attacks: "a $ref to an absolute path (/etc/passwd)",
    lint: [MINIMAL_LINT],
    want: [/ref-absolute\.yaml:15:23 \(#\/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema\/\$ref\): \$ref "\/etc\/passwd#\/root" is an absolute path/],
    secret: "root:x:0:0",
  },
  {
    fixture: "ref-url.yaml",
    attacks: "a $ref to a URL",
    lint: [MINIMAL_LINT],
    want: [/ref-url\.yaml:15:23 \(#\/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema\/\$ref\): \$ref "https:\/\/attacker\.invalid\/schema\.yaml#\/Thing" is a URL/],
  },
  {
    fixture: "intersection-with-itself.yaml",
    attacks: "a schema that is an intersection with itself (allOf through a $ref, no array or object on the way): no TypeScript type exists",
    lint: [MINIMAL_LINT],
    want: [/intersection-with-itself\.yaml:18:5 \(#\/components\/schemas\/Loop\): schema reaches itself through Loop -> Link with nothing but allOf, \$ref and combinators on the way, and is not a union/],
  },
  {
    fixture: "external-value-absolute.yaml",
    attacks: "an example's externalValue naming an absolute path (Redocly's bundler reads the file and inlines it as the example)",
    lint: [MINIMAL_LINT],
    want: [/external-value-absolute\.yaml:18:34 \(#\/paths\/~1a\/get\/responses\/200\/content\/application~1json\/examples\/leak\/externalValue\): externalValue "\/etc\/passwd" is an absolute path/],
    secret: "root:x:0:0",
  },
  {
    fixture: "external-value-outside/openapi.yaml",
    attacks: "an example's externalValue leading outside the spec folder",
    lint: [MINIMAL_LINT],
    want: [/external-value-outside\/openapi\.yaml:18:34 \(#\/paths\/~1a\/get\/responses\/200\/content\/application~1json\/examples\/leak\/externalValue\): externalValue "\.\.\/outside-secret\.yaml" leads outside the spec folder/],
    secret: "TOP-SECRET-7f3a9c",
  },
  {
    fixture: "external-value-url.yaml",
    attacks: "an example's externalValue naming a URL (Redocly's bundler would fetch it)",
    lint: [MINIMAL_LINT],
    want: [/external-value-url\.yaml:18:34 \(#\/paths\/~1a\/get\/responses\/200\/content\/application~1json\/examples\/leak\/externalValue\): externalValue "https:\/\/attacker\.invalid\/example\.json" is a URL/],
  },
  {
    fixture: "alias-bomb.yaml",
    attacks: "a YAML alias bomb (9 levels of 9 aliases: 9^9 nodes expanded)",
    lint: [MINIMAL_LINT],
    want: [/alias-bomb\.yaml: .*alias/i],
    bound: { ms: 10_000, heapMb: 512 },
  },
  {
    fixture: "broken-ref.yaml",
    attacks: "a $ref to a schema that does not exist",
    lint: NO_LINT_TOO("Redocly's no-unresolved-refs rule refuses it first; without lint the bundle must refuse it with the place too"),
    want: [/broken-ref\.yaml:15:17/, /#\/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema/, /Can't resolve \$ref/],
  },
  {
    fixture: "broken-file-ref.yaml",
    attacks: "a $ref to a file that does not exist",
    lint: [MINIMAL_LINT],
    want: [/broken-file-ref\.yaml:15:23 \(#\/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema\/\$ref\): \$ref target .*schemas\/missing\.yaml does not exist/],
  },
  {
    fixture: "yaml-syntax-error.yaml",
    attacks: "a YAML syntax error",
    lint: [MINIMAL_LINT],
    want: [/yaml-syntax-error\.yaml:10:41: /],
  },
  {
    fixture: "duplicate-key.yaml",
    attacks: "a duplicate key (the second `get` would silently replace the first)",
    lint: [MINIMAL_LINT],
    want: [/duplicate-key\.yaml:11:5: Map keys must be unique/],
  },
];
