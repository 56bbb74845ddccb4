/** The version of guidekit, shown in the generator meta tag and by `guidekit --version`. */
export const VERSION = '0.1.0';
