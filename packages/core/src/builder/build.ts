import { createBuilder, type BuildOptions, type BuildReport } from './create-builder.js';

/**
 * Builds a guide into its output folder once. Content problems come back in the report (and leave
 * the previous output untouched); a problem with the call itself (missing folder, unsafe output
 * folder) is thrown as a {@link GuidekitError} of kind `usage`.
 */
export async function build(options: BuildOptions): Promise<BuildReport> {
  const builder = await createBuilder(options);
  try {
    return await builder.build({ final: true });
  } finally {
    await builder.close();
  }
}
