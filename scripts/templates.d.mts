/** Types for templates.mjs (plain Node at build time; imported by vitest.config.ts and the tests). */
export declare const templatesDir: string;
export declare const templatesModuleId: "podnet:templates";
export declare const printerNames: ReadonlyArray<string>;
export declare const computerNames: ReadonlyArray<string>;
export declare function assertTemplateEscapes(source: string, file: string): void;
export declare function precompileTemplate(source: string, file: string): string;
export declare function templatesModule(): string;
export declare const templatesEsbuildPlugin: import("esbuild").Plugin;
export declare const templatesVitePlugin: { name: string; resolveId(id: string): string | undefined; load(id: string): string | undefined };
