import { refusalOf } from "@heard/client";
import type { qaSchemas } from "@heard/domain";

/** Where the results spreadsheet comes from: a streamed download, given the same filter as qa.results. */
export function resultsCsvHref(filter: qaSchemas.ResultsFilterInput): string {
  return `/api/exports/results.csv?input=${encodeURIComponent(JSON.stringify(filter))}`;
}

/**
 * The file name a `Content-Disposition: attachment` header gives, `filename*=UTF-8''…` before
 * `filename="…"`; null when it gives none.
 */
export function attachmentName(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // Not valid percent-encoding: try the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/g, "$1") ?? plain?.[2];
  return name?.trim() || null;
}

/**
 * Downloads the results as CSV: a success is the file (saved under the server's name), a
 * refusal its JSON error (thrown as an ApiError, with its status); no answer throws what fetch throws.
 */
export async function fetchResultsCsv(filter: qaSchemas.ResultsFilterInput): Promise<{ filename: string; file: Blob }> {
  const response = await fetch(resultsCsvHref(filter));
  if (!response.ok) throw await refusalOf(response);
  return { filename: attachmentName(response.headers.get("content-disposition")) ?? "heard-results.csv", file: await response.blob() };
}

/** Saves a file through a temporary link (no new window). */
export function saveFile(filename: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
