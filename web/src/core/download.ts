import type { ApiClient } from './api.ts';

/**
 * Saving a file the API sends. A plain link cannot carry the bearer token, so the file is fetched by the API client,
 * handed to the browser as a Blob URL on a temporary `<a download>`, and the URL is let go shortly after.
 * Loaded only with the screens that offer downloads, never on an employee's first load.
 */
export async function downloadFile(api: ApiClient, path: string, fallbackName: string): Promise<string> {
  const { blob, disposition } = await api.getFile(path);
  const filename = filenameFromDisposition(disposition) ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the Blob when the download starts; a short delay lets slower engines get there first.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return filename;
}

/**
 * The file name a Content-Disposition header gives (`filename*=UTF-8''…` preferred over `filename="…"`), reduced to a
 * plain name: no folders, no control characters. Undefined when the header names none.
 */
export function filenameFromDisposition(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(header);
  let name: string | undefined;
  if (extended?.[1]) {
    try {
      name = decodeURIComponent(extended[1].trim());
    } catch {
      name = undefined;
    }
  }
  name ??= plain ? (plain[1]?.replace(/\\(.)/g, '$1') ?? plain[2]) : undefined;
  const cleaned = name
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : undefined;
}
