import ts from "typescript";

/**
 * TypeScript syntax errors of in-memory files, as `file:line: message` (no type checking, no
 * libraries, nothing read from disk): proves that generated text parses.
 */
export function typescriptSyntaxErrors(files: ReadonlyArray<{ path: string; contents: string }>): string[] {
  const options: ts.CompilerOptions = { noLib: true, noResolve: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext };
  const sources = new Map(files.map((file) => [`/virtual/${file.path}`, file.contents]));
  const host = ts.createCompilerHost(options);
  host.fileExists = (fileName) => sources.has(fileName);
  host.readFile = (fileName) => sources.get(fileName);
  host.getSourceFile = (fileName, languageVersion) => {
    const text = sources.get(fileName);
    return text === undefined ? undefined : ts.createSourceFile(fileName, text, languageVersion, true, ts.ScriptKind.TS);
  };
  const program = ts.createProgram({ rootNames: [...sources.keys()], options, host });
  return program.getSyntacticDiagnostics().map((diagnostic) => {
    const file = diagnostic.file;
    const line = file && diagnostic.start !== undefined ? file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
    return `${file?.fileName.replace("/virtual/", "") ?? "?"}:${line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`;
  });
}
