// The `pmtiles://` protocol, registered once for the page and shared by every map on it, with
// one PMTiles reader per archive (so its header and directories are read once, and can be
// fetched before any map exists).
import { addProtocol } from 'maplibre-gl';
import { PMTiles, Protocol } from 'pmtiles';
import { ARCHIVE_PATH } from './style';

let protocol: Protocol | null = null;

/** Registers `pmtiles://` with MapLibre (idempotent); every map owner calls it before creating its map. */
export function registerArchiveProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  }
  return protocol;
}

/** The app's archive as an absolute URL (the key the protocol and the style share). */
export const archiveUrl = (): string => new URL(ARCHIVE_PATH, globalThis.location?.href ?? 'http://localhost/').href;

/**
 * The shared reader of the app's archive, registered with the protocol. Calling
 * `archive().getHeader()` early (at page start) pre-warms it: a map created later reuses its header
 * and directory cache instead of fetching them again.
 */
export function archive(): PMTiles {
  const p = registerArchiveProtocol();
  const url = archiveUrl();
  let reader = p.get(url);
  if (!reader) {
    reader = new PMTiles(url);
    p.add(reader);
  }
  return reader;
}
