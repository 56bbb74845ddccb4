export declare function guideUrl(file: string): string;
export declare function hugoVersion(bin?: string): string | null;
export declare function setupHugoSite(options: { corpusDir: string; siteDir: string }): string;
