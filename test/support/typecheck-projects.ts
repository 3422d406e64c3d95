import path from "node:path";
import ts from "typescript";

/**
 * Type-checks several TypeScript projects, each with its own tsconfig.json (exactly what
 * `tsc -p <tsconfig>` checks), in this process. Source files outside the projects (TypeScript's
 * `lib.*.d.ts`, packages in node_modules) are parsed once and shared between the programs: that
 * parse is most of the cost of a small project, so checking twenty small packages costs little
 * more than checking one.
 *
 * @param options.ownFilesOnly - tsconfig paths whose diagnostics are those of the project's own
 *   files (under the tsconfig's folder) only: for a project that uses another one already checked,
 *   whose files need not be checked twice.
 * @returns per tsconfig path, its diagnostics formatted as `tsc` prints them (`""` when clean).
 */
export function typecheckProjects(tsconfigPaths: readonly string[], options: { ownFilesOnly?: ReadonlySet<string> } = {}): Map<string, string> {
  const shared = new Map<string, ts.SourceFile>();
  const results = new Map<string, string>();
  for (const tsconfigPath of tsconfigPaths) {
    const projectDir = path.dirname(path.resolve(tsconfigPath));
    const parsed = ts.getParsedCommandLineOfConfigFile(path.resolve(tsconfigPath), {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    });
    if (!parsed) throw new Error(`cannot read ${tsconfigPath}`);
    const host = ts.createCompilerHost(parsed.options);
    const readSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
      const own = path.resolve(fileName).startsWith(projectDir + path.sep);
      if (own) return readSourceFile(fileName, languageVersion, onError, shouldCreate);
      const cached = shared.get(fileName);
      if (cached) return cached;
      const file = readSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (file) shared.set(fileName, file);
      return file;
    };
    const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host, configFileParsingDiagnostics: parsed.errors });
    const diagnostics = options.ownFilesOnly?.has(tsconfigPath)
      ? [
          ...program.getConfigFileParsingDiagnostics(),
          ...program.getOptionsDiagnostics(),
          ...program.getGlobalDiagnostics(),
          ...program.getSourceFiles()
            .filter((file) => path.resolve(file.fileName).startsWith(projectDir + path.sep))
            .flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
        ]
      : ts.getPreEmitDiagnostics(program);
    results.set(
      tsconfigPath,
      ts.formatDiagnostics(diagnostics, {
        getCanonicalFileName: (fileName) => fileName,
        getCurrentDirectory: () => projectDir,
        getNewLine: () => "\n",
      }),
    );
  }
  return results;
}
