import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { FONT_FAMILY, MAP_WIDTH } from "./tile-map.js";

const require = createRequire(import.meta.url);

/** Fonts shipped in an npm package, so rendering needs no network and no system fonts. */
const FONT_FILES = [
  "@expo-google-fonts/ibm-plex-sans/400Regular/IBMPlexSans_400Regular.ttf",
  "@expo-google-fonts/ibm-plex-sans/700Bold/IBMPlexSans_700Bold.ttf",
].map((f) => require.resolve(f));

/** Scale for a sharp picture in Slack's preview and full view. */
export const PNG_SCALE = 1.5;

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: "width", value: Math.round(MAP_WIDTH * PNG_SCALE) },
  });
  return resvg.render().asPng();
}

const cache = new WeakMap<object, Buffer>();

/** The dataset's map as PNG, rendered once per dataset (it does not change while running). */
export function cachedPng(key: object, render: () => string): Buffer {
  let png = cache.get(key);
  if (!png) {
    png = svgToPng(render());
    cache.set(key, png);
  }
  return png;
}
