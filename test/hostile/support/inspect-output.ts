// Reads generated code back through each language's own parser (and loader): the string values it
// holds, whether a payload identifier became code, and what runs at the top level of each file.
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import ts from "typescript";
import { typescriptSyntaxErrors } from "../../support/typescript-syntax.js";

const run = promisify(execFile);

/** Environment that makes python3 and ruby read and write UTF-8, and keeps bytecode out of the output. */
export function interpreterEnv(pycachePrefix: string): NodeJS.ProcessEnv {
  return { ...process.env, PYTHONUTF8: "1", PYTHONIOENCODING: "utf-8", LC_ALL: "C.UTF-8", LANG: "C.UTF-8", PYTHONPYCACHEPREFIX: pycachePrefix };
}

/** What one language's parser found in the generated files. */
export interface Inspection {
  /** Every string value the code holds (string literals, object keys, docstrings), as the parser reads it. */
  literals: Set<string>;
  /** `file:line` of each place the marker is an identifier (a name, call, attribute, parameter, …). */
  markerAsCode: string[];
  /** `file:line: kind` of each top-level statement that is neither an import nor a declaration. */
  strayStatements: string[];
  /** String values reachable after loading the package (import/require), where the language was run. */
  loaded: Set<string>;
}

export async function filesUnder(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The outcome of a process: its output when it failed, "" when it succeeded with nothing on stderr. */
export async function runQuietly(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(command, [...args], { ...options, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" });
    return { ok: true, stdout, stderr };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, stdout: failure.stdout ?? "", stderr: `${failure.stderr ?? ""}${failure.stderr ? "" : failure.message}` };
  }
}

// ---------------------------------------------------------------------------------------------
// TypeScript: the compiler's parser (no type checking here; `tsc -p` does that).
// ---------------------------------------------------------------------------------------------

const TS_TOP_LEVEL = new Set([
  ts.SyntaxKind.ImportDeclaration,
  ts.SyntaxKind.ExportDeclaration,
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.TypeAliasDeclaration,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.VariableStatement,
  ts.SyntaxKind.EnumDeclaration,
]);

/** Inspects TypeScript sources (`{ name, text }`): literals, the marker as an identifier, top-level statements. */
export function inspectTypeScript(sources: ReadonlyArray<{ name: string; text: string }>, marker: string): Inspection & { syntaxErrors: string[]; prototypeSetters: string[] } {
  const result = { literals: new Set<string>(), markerAsCode: [] as string[], strayStatements: [] as string[], loaded: new Set<string>(), syntaxErrors: [] as string[], prototypeSetters: [] as string[] };
  result.syntaxErrors = typescriptSyntaxErrors(sources.map((source) => ({ path: source.name, contents: source.text })));
  for (const { name, text } of sources) {
    const file = ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const line = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    for (const statement of file.statements) {
      if (!TS_TOP_LEVEL.has(statement.kind)) result.strayStatements.push(`${name}:${line(statement)}: ${ts.SyntaxKind[statement.kind]}`);
    }
    const visit = (node: ts.Node): void => {
      // `{ __proto__: x }` and `{ "__proto__": x }` set the prototype: the key is not a property.
      if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && node.name.text === "__proto__") result.prototypeSetters.push(`${name}:${line(node)}`);
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) result.literals.add(node.text);
      else if (ts.isNumericLiteral(node)) {
        // The value the literal denotes, written as Python and Ruby would: every digit of a big integer.
        const value = Number(node.text);
        result.literals.add(Number.isInteger(value) && !Number.isSafeInteger(value) ? BigInt(value).toString() : String(value));
      }
      else if (ts.isIdentifier(node)) {
        // A bare object or type key is the string it names; any other identifier is code.
        const parent = node.parent;
        const isKey = (ts.isPropertySignature(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node;
        if (isKey) result.literals.add(node.text);
        if (node.text === marker) result.markerAsCode.push(`${name}:${line(node)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return result;
}

/** Every fenced ```typescript block of the Markdown files under a folder, as sources. */
export async function typescriptExamples(folder: string): Promise<Array<{ name: string; text: string }>> {
  const sources: Array<{ name: string; text: string }> = [];
  for (const file of await filesUnder(folder, /\.md$/)) {
    const text = await readFile(file, "utf8");
    [...text.matchAll(/^(`{3,})typescript\n([\s\S]*?)\n\1$/gm)].forEach((match, index) => sources.push({ name: `${path.relative(folder, file)}#${index}.ts`, text: `${match[2]!}\nexport {};\n` }));
  }
  return sources;
}

// ---------------------------------------------------------------------------------------------
// Python: `ast` for the source, then the package imported (every module) and its values read back.
// ---------------------------------------------------------------------------------------------

const PYTHON_INSPECTOR = String.raw`
import ast, enum, importlib, json, os, pkgutil, sys
root, package, marker = sys.argv[1], sys.argv[2], sys.argv[3]
literals, marker_as_code, stray = set(), [], []
allowed = (ast.Import, ast.ImportFrom, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef, ast.Assign, ast.AnnAssign, ast.If)
for folder, _, names in os.walk(os.path.join(root, package)):
    for name in sorted(names):
        if not name.endswith(".py"):
            continue
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read(), path)
        for statement in tree.body:
            docstring = isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant) and isinstance(statement.value.value, str)
            if not docstring and not isinstance(statement, allowed):
                stray.append(f"{path}:{statement.lineno}: {type(statement).__name__}")
            if isinstance(statement, ast.If) and ast.unparse(statement.test) != "TYPE_CHECKING":
                stray.append(f"{path}:{statement.lineno}: if {ast.unparse(statement.test)}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
                literals.add(str(node.value))
            names = []
            if isinstance(node, ast.Name):
                names = [node.id]
            elif isinstance(node, ast.Attribute):
                names = [node.attr]
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.arg):
                names = [node.arg]
            elif isinstance(node, ast.keyword):
                names = [node.arg or ""]
            elif isinstance(node, ast.alias):
                names = [node.name, node.asname or ""]
            if marker in names:
                marker_as_code.append(f"{path}:{getattr(node, 'lineno', 0)}")

sys.path.insert(0, root)
loaded, seen = set(), set()
def collect(value, depth=0):
    if depth > 12 or id(value) in seen:
        return
    if isinstance(value, str):
        loaded.add(value)
        return
    if isinstance(value, bool):
        return
    if isinstance(value, int):
        loaded.add(str(value))
        return
    seen.add(id(value))
    if isinstance(value, enum.Enum):
        collect(value.value, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            collect(key, depth + 1)
            collect(item, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            collect(item, depth + 1)
    elif isinstance(value, type):
        if value.__module__.startswith(package):
            if issubclass(value, enum.Enum):
                for member in value:
                    collect(member.value, depth + 1)
            for item in list(vars(value).values()):
                collect(item, depth + 1)
    elif getattr(type(value), "__module__", "").startswith(package) and hasattr(value, "__dict__"):
        for item in vars(value).values():
            collect(item, depth + 1)
top = importlib.import_module(package)
modules = [top] + [importlib.import_module(info.name) for info in pkgutil.walk_packages(top.__path__, package + ".")]
for module in modules:
    for item in list(vars(module).values()):
        collect(item)
print(json.dumps({"literals": sorted(literals), "markerAsCode": marker_as_code, "stray": stray, "loaded": sorted(loaded), "modules": len(modules)}))
`;

export async function inspectPython(root: string, packageName: string, marker: string, env: NodeJS.ProcessEnv): Promise<Inspection & { modules: number; failure: string }> {
  const result = await runQuietly("python3", ["-c", PYTHON_INSPECTOR, root, packageName, marker], { env });
  if (!result.ok) return { literals: new Set(), markerAsCode: [], strayStatements: [], loaded: new Set(), modules: 0, failure: result.stderr.slice(0, 4000) };
  const parsed = JSON.parse(result.stdout) as { literals: string[]; markerAsCode: string[]; stray: string[]; loaded: string[]; modules: number };
  return { literals: new Set(parsed.literals), markerAsCode: parsed.markerAsCode, strayStatements: parsed.stray, loaded: new Set(parsed.loaded), modules: parsed.modules, failure: result.stderr };
}

// ---------------------------------------------------------------------------------------------
// Ruby: RubyVM::AbstractSyntaxTree and Ripper for the source, then the gem required and its
// constants read back.
// ---------------------------------------------------------------------------------------------

const RUBY_INSPECTOR = String.raw`
require "json"
require "ripper"
root, gem, module_name, marker = ARGV
literals, marker_as_code, stray = [], [], []
walk = lambda do |node|
  next unless node.is_a?(RubyVM::AbstractSyntaxTree::Node)
  literals << node.children[0] if node.type == :STR && node.children[0].is_a?(String)
  # Integers, and symbols (a Ruby attribute named like its wire name is written :name).
  literals << node.children[0].to_s if node.type == :LIT && (node.children[0].is_a?(Integer) || node.children[0].is_a?(Symbol))
  node.children.each { |child| walk.call(child) }
end
Dir.glob(File.join(root, "**", "*.{rb,gemspec}")).sort.each do |file|
  source = File.read(file, encoding: "UTF-8")
  tree = RubyVM::AbstractSyntaxTree.parse(source)
  walk.call(tree)
  Ripper.lex(source).each do |(position, type, token)|
    next unless %i[on_ident on_const on_ivar on_gvar on_cvar on_label].include?(type)
    marker_as_code << "#{file}:#{position[0]}" if token.delete_suffix(":").delete_prefix("@").delete_prefix("$") == marker
  end
  # What runs at load time outside a module, class or method definition.
  body = tree.children[2]
  statements = body.nil? ? [] : (body.type == :BLOCK ? body.children : [body])
  statements.each do |statement|
    # Modules, classes and constants (the runtime's, loaded into the gem's module).
    next if %i[MODULE CLASS CDECL].include?(statement.type)
    next if statement.type == :FCALL && %i[require require_relative].include?(statement.children[0])
    next if statement.type == :ITER && File.extname(file) == ".gemspec"
    next if statement.type == :FCALL && File.extname(file) == ".gemspec"
    stray << "#{file}:#{statement.first_lineno}: #{statement.type}"
  end
end
$LOAD_PATH.unshift(File.join(root, "lib"))
require gem
loaded, seen = [], {}
collect = lambda do |value, depth = 0|
  next if depth > 12
  case value
  when String then loaded << value
  when Integer then loaded << value.to_s
  when Symbol then loaded << value.to_s
  when true, false, nil, Float then nil
  when Array then value.each { |item| collect.call(item, depth + 1) }
  when Hash then value.each { |key, item| collect.call(key, depth + 1); collect.call(item, depth + 1) }
  when Struct then value.to_a.each { |item| collect.call(item, depth + 1) }
  when Module
    next if seen[value]
    seen[value] = true
    value.constants(false).each { |name| collect.call(value.const_get(name), depth + 1) }
    value.instance_variables.each { |name| collect.call(value.instance_variable_get(name), depth + 1) }
  else
    next if seen[value.object_id]
    seen[value.object_id] = true
    value.instance_variables.each { |name| collect.call(value.instance_variable_get(name), depth + 1) }
  end
end
collect.call(Object.const_get(module_name))
puts JSON.generate({ literals: literals.uniq.sort, markerAsCode: marker_as_code, stray: stray, loaded: loaded.uniq.sort })
`;

export async function inspectRuby(root: string, gem: string, moduleName: string, marker: string, env: NodeJS.ProcessEnv): Promise<Inspection & { failure: string }> {
  const result = await runQuietly("ruby", ["-e", RUBY_INSPECTOR, root, gem, moduleName, marker], { env });
  if (!result.ok) return { literals: new Set(), markerAsCode: [], strayStatements: [], loaded: new Set(), failure: result.stderr.slice(0, 4000) };
  const parsed = JSON.parse(result.stdout) as { literals: string[]; markerAsCode: string[]; stray: string[]; loaded: string[] };
  return { literals: new Set(parsed.literals), markerAsCode: parsed.markerAsCode, strayStatements: parsed.stray, loaded: new Set(parsed.loaded), failure: result.stderr };
}

/** `ruby -wc` of every file, one process each: `file: output` for each that is not a clean "Syntax OK". */
export async function rubyWarnings(files: readonly string[], env: NodeJS.ProcessEnv): Promise<string[]> {
  const results = await Promise.all(files.map(async (file) => ({ file, result: await runQuietly("ruby", ["-wc", file], { env }) })));
  return results.filter(({ result }) => !result.ok || result.stdout.trim() !== "Syntax OK" || result.stderr.trim() !== "").map(({ file, result }) => `${file}: ${result.stdout}${result.stderr}`.trim());
}
