// JSON that index.html's boot script fetched and parsed before the app's code ran (src/boot/boot.js,
// job 4: the 2D map's first files, parsed in the wait for the app's code rather than after the shell
// has mounted). Each file is handed out once: a later load of the same file fetches it anew, so no
// two readers share one parsed object.

/** What the boot script keeps per path: the parsed value, or null when its fetch or parse failed. */
type EarlyJson = Record<string, Promise<{ value: unknown } | null> | undefined>;

declare global {
  interface Window {
    __qnEarlyJson?: EarlyJson;
  }
}

/**
 * The boot script's parse of `path` (once; null when it has none): resolves to { value }, or to null
 * when its fetch or parse failed, so that the caller fetches the file itself and reports the error.
 */
export function takeEarlyJson(path: string): Promise<{ value: unknown } | null> | null {
  const early = typeof window === 'undefined' ? undefined : window.__qnEarlyJson;
  const parsed = early?.[path];
  if (!parsed) return null;
  delete early[path];
  return parsed;
}
