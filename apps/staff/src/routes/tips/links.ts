/** The results page for one version of the tips. */
export function resultsHref(versionId: string): string {
  return `/results?${new URLSearchParams({ version: versionId })}`;
}
