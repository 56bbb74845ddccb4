export declare const CODE_LANGUAGES: readonly string[];
export declare function codeBlock(rnd: { next(): number; int(min: number, max: number): number; pick<T>(list: readonly T[]): T }, lang: string, target: number): string;
