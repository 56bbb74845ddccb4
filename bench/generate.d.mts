export declare const MARKER: string;
export declare function createRandom(seed: number): { next(): number; int(min: number, max: number): number; pick<T>(list: readonly T[]): T };
export interface CorpusCounts { pages: number; chapters: number; topics: number }
export declare function corpusFiles(options?: { pages?: number; seed?: number; profile?: Profile }): CorpusCounts & { files: { path: string; content: string }[] };
export declare function generateCorpus(options: { outDir: string; pages?: number; seed?: number; profile?: Profile }): CorpusCounts & { profile: Profile; files: number; bytes: number; outDir: string };
export type Profile = 'prose' | 'code';
export declare const PROFILES: readonly Profile[];
