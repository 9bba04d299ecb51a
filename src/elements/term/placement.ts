/**
 * Where a term's bubble goes: placeBubble(), a pure function of rectangles, so that every case can be tried
 * without a page; and moveBubble(), which applies it to the bubble.
 */

/** Distance between the text and the bubble. */
export const GAP_PX = 6;
/** Least distance between the bubble and the viewport's edges. */
export const EDGE_PX = 8;

/** A line box of the phrase, in viewport coordinates (a `DOMRect` will do). */
export interface LineBox {
  readonly left: number;
  readonly top: number;
  readonly bottom: number;
}

/** The bubble's size, as its element gives it. */
export interface BubbleSize {
  readonly offsetWidth: number;
  readonly offsetHeight: number;
}

/** The viewport's size without scroll bars, as the root element (`document.documentElement`) gives it. */
export interface ViewportSize {
  readonly clientWidth: number;
  readonly clientHeight: number;
}

export interface BubblePlacement {
  /** Viewport coordinates of the bubble's top left corner (it is fixed or in the top layer). */
  readonly left: number;
  readonly top: number;
  /** Below the phrase's last line, or above its first. */
  readonly side: 'below' | 'above';
  /** Set when the bubble is taller than the room on its side: the height it may take, scrolling the rest. */
  readonly maxHeight?: number;
}

/**
 * Below the phrase's last line, starting where that line starts; above its first line instead when
 * the bubble does not fit below and there is more room above. Then moved into the viewport: left
 * until its right edge fits, but never past the left edge (a bubble wider than the viewport sticks
 * out on the right), and never above the top edge. A bubble taller than the room on its side gets that
 * room as its height (a long explanation on a short viewport, at 400 % zoom say), so that none of it
 * is out of reach: it scrolls instead.
 * @param lines the phrase's line boxes, first to last (one for a phrase on one line; at least one)
 * @param bubble the bubble (or just its size)
 * @param viewport the root element (or just its size)
 */
export function placeBubble(lines: ArrayLike<LineBox>, { offsetWidth: width, offsetHeight: height }: BubbleSize, viewport: ViewportSize): BubblePlacement {
  const first = lines[0];
  const last = lines[lines.length - 1];
  const { clientWidth, clientHeight } = viewport;
  const below = last.bottom + GAP_PX;
  const above = below + height > clientHeight - EDGE_PX && first.top > clientHeight - last.bottom;
  const anchor = above ? first : last;
  const room = above ? first.top - GAP_PX - EDGE_PX : clientHeight - EDGE_PX - below;
  return {
    left: Math.max(EDGE_PX, Math.min(anchor.left, clientWidth - EDGE_PX - width)),
    top: above ? Math.max(EDGE_PX, first.top - GAP_PX - height) : below,
    side: above ? 'above' : 'below',
    ...(height > room && { maxHeight: room }),
  };
}

/**
 * Puts `bubble` where placeBubble() says for `lines`, as tall as it may be: a bubble too tall for its
 * side scrolls (arrow keys scroll it from its controls) and stays where the reader scrolled it.
 */
export function moveBubble(bubble: HTMLElement, lines: ArrayLike<LineBox>): void {
  const { style, scrollTop } = bubble;
  // Measured at its full height: a cap from an earlier placement comes off first.
  style.maxHeight = style.overflowY = '';
  const { left, top, maxHeight } = placeBubble(lines, bubble, document.documentElement);
  style.setProperty('--_x', `${left}px`);
  style.setProperty('--_y', `${top}px`);
  if (maxHeight !== undefined) [style.maxHeight, style.overflowY, bubble.scrollTop] = [`${maxHeight}px`, 'auto', scrollTop];
}
