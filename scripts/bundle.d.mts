/** Types for bundle.mjs (run with plain Node by `npm run build`, imported by the package test). */
export declare const bundleOptions: import("esbuild").BuildOptions;
export declare function bundle(outdir: string): Promise<void>;
