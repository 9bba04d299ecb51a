// `data/mlops.json?slice=<key>` modules export one top-level key of the dataset (see vite.config.ts).
// Typed loosely here: src/data/index.ts casts each to its schema type, which the build validated.
declare module '*mlops.json?slice=age' { export const age: unknown; }
declare module '*mlops.json?slice=feedback' { export const feedback: unknown; }
declare module '*mlops.json?slice=gender' { export const gender: unknown; }
declare module '*mlops.json?slice=id' { export const id: unknown; }
declare module '*mlops.json?slice=name' { export const name: unknown; }
declare module '*mlops.json?slice=platforms' { export const platforms: unknown; }
declare module '*mlops.json?slice=shortName' { export const shortName: unknown; }
declare module '*mlops.json?slice=terminology' { export const terminology: unknown; }
declare module '*mlops.json?slice=tools' { export const tools: unknown; }
