/**
 * Colours as the engine rendered them, reduced to sRGB pixels, and the WCAG 2 contrast ratio between
 * them. Whatever syntax getComputedStyle returns (rgb(), color(srgb …), oklch(), a color-mix() result)
 * goes through a 1×1 canvas, which converts it to sRGB and composites its alpha: no colour parser of
 * our own to get wrong.
 */

export type Rgb = readonly [number, number, number];

let pixel: CanvasRenderingContext2D | undefined;

function context(): CanvasRenderingContext2D {
  if (!pixel) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    pixel = canvas.getContext('2d', { willReadFrequently: true })!;
  }
  return pixel;
}

/** Whether a computed colour paints nothing (`none`, `transparent`, zero alpha). */
export function isInvisible(colour: string): boolean {
  if (colour === 'none' || colour === 'transparent') return true;
  const ctx = context();
  ctx.clearRect(0, 0, 1, 1);
  paint(ctx, colour);
  return ctx.getImageData(0, 0, 1, 1).data[3] === 0;
}

function paint(ctx: CanvasRenderingContext2D, colour: string): void {
  // A colour the canvas cannot read leaves the previous fillStyle in place: with two different ones
  // before it, that shows, and the test fails rather than measure the wrong colour.
  const kept = ['#010203', '#040506'].every((sentinel) => {
    ctx.fillStyle = sentinel;
    ctx.fillStyle = colour;
    return ctx.fillStyle === sentinel;
  });
  if (kept) throw new Error(`the canvas cannot read the colour "${colour}"`);
  ctx.fillRect(0, 0, 1, 1);
}

/** The pixel that `layers` (CSS colours, bottom first; `none` skipped) paint over an opaque white sheet. */
export function composite(layers: readonly string[]): Rgb {
  const ctx = context();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 1, 1);
  for (const layer of layers) if (layer !== 'none') paint(ctx, layer);
  const [red, green, blue] = ctx.getImageData(0, 0, 1, 1).data;
  return [red, green, blue];
}

/** WCAG 2 relative luminance of an sRGB pixel. */
export function luminance([red, green, blue]: Rgb): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** WCAG 2 contrast ratio (1 to 21) between two pixels. */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** A pixel as `#rrggbb`, for messages. */
export const hex = ([red, green, blue]: Rgb) => `#${[red, green, blue].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;

/**
 * The background colours behind `node`, outermost first, as far up as the first opaque one: its
 * ancestors' and then, across shadow boundaries, its hosts'. (Background images are not looked at.)
 */
export function backgroundsBehind(node: Element): string[] {
  const layers: string[] = [];
  for (let current: Element | null = node; current; current = current.parentElement ?? (current.parentNode as ShadowRoot | null)?.host ?? null) {
    const colour = getComputedStyle(current).backgroundColor;
    if (isInvisible(colour)) continue;
    layers.unshift(colour);
    const ctx = context();
    ctx.clearRect(0, 0, 1, 1);
    paint(ctx, colour);
    if (ctx.getImageData(0, 0, 1, 1).data[3] === 255) break;
  }
  return layers;
}
