/** Types for flavor.mjs (plain JS so the build script and the Vite configs share it without a compiler). */
export declare function buildFlavor(): { test: boolean; outDir: (target: string) => string };
