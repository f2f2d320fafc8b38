/** Types for manifest.mjs (plain JS so the build script runs without a compiler). */
export declare const MARKETPLACE_MATCHES: string[];
export declare function buildManifest(target: 'chrome' | 'firefox', version: string): Record<string, unknown>;
