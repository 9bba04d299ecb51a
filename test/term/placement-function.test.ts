import { expect } from '@open-wc/testing';
import { EDGE_PX, GAP_PX, placeBubble, type LineBox } from '../../src/elements/term/placement.js';

// placeBubble() is a pure function of rectangles: every case here is numbers in, numbers out.

const line = (left: number, top: number, bottom = top + 20): LineBox => ({ left, top, bottom });
const bubble = (offsetWidth: number, offsetHeight: number) => ({ offsetWidth, offsetHeight });
const viewport = { clientWidth: 1000, clientHeight: 800 };

describe('placeBubble()', () => {
  it('puts the bubble below the phrase, starting where the phrase starts', () => {
    expect(placeBubble([line(100, 50)], bubble(200, 80), viewport)).to.deep.equal({ left: 100, top: 70 + GAP_PX, side: 'below' });
  });

  it('flips above the phrase when it does not fit below and there is more room above', () => {
    const placed = placeBubble([line(100, 700)], bubble(200, 100), viewport);
    expect(placed).to.deep.equal({ left: 100, top: 700 - GAP_PX - 100, side: 'above' });
  });

  it('stays below when it just fits: the edge distance is the limit, not the viewport edge', () => {
    const exactly = 800 - EDGE_PX - (700 + GAP_PX); // bottom edge of the bubble lands on the edge distance
    expect(placeBubble([line(100, 680, 700)], bubble(200, exactly), viewport).side).to.equal('below');
    expect(placeBubble([line(100, 680, 700)], bubble(200, exactly + 1), viewport).side).to.equal('above');
  });

  it('stays below when it fits neither way but there is more room below, as tall as the room there', () => {
    const short = { clientWidth: 1000, clientHeight: 300 };
    const maxHeight = 300 - EDGE_PX - (120 + GAP_PX);
    expect(placeBubble([line(100, 100)], bubble(200, 400), short)).to.deep.equal({ left: 100, top: 120 + GAP_PX, side: 'below', maxHeight });
  });

  it('keeps a flipped bubble inside the top edge when it is taller than the room above, as tall as that room', () => {
    const short = { clientWidth: 1000, clientHeight: 300 };
    const maxHeight = 200 - GAP_PX - EDGE_PX;
    expect(placeBubble([line(100, 200)], bubble(200, 400), short)).to.deep.equal({ left: 100, top: EDGE_PX, side: 'above', maxHeight });
  });

  it('caps nothing that fits: a bubble exactly as tall as the room keeps its height', () => {
    const room = 800 - EDGE_PX - (70 + GAP_PX);
    expect(placeBubble([line(100, 50)], bubble(200, room), viewport)).to.not.have.property('maxHeight');
    expect(placeBubble([line(100, 50)], bubble(200, room + 1), viewport)).to.include({ side: 'below', maxHeight: room });
  });

  it('shifts left to keep its right edge inside the viewport near the right edge', () => {
    expect(placeBubble([line(950, 50)], bubble(200, 80), viewport).left).to.equal(1000 - EDGE_PX - 200);
    // Just inside: no shift.
    expect(placeBubble([line(1000 - EDGE_PX - 200, 50)], bubble(200, 80), viewport).left).to.equal(1000 - EDGE_PX - 200);
  });

  it('never goes past the left edge: a phrase scrolled off to the left, or a bubble wider than the viewport', () => {
    expect(placeBubble([line(-40, 50)], bubble(200, 80), viewport).left).to.equal(EDGE_PX);
    expect(placeBubble([line(300, 50)], bubble(1200, 80), viewport).left).to.equal(EDGE_PX);
  });

  it('anchors a phrase that wraps below its last line, or above its first when flipped', () => {
    const wrapped = [line(600, 100, 120), line(40, 120, 140), line(40, 140, 160)];
    expect(placeBubble(wrapped, bubble(200, 80), viewport)).to.deep.equal({ left: 40, top: 160 + GAP_PX, side: 'below' });
    const nearBottom = [line(600, 720, 740), line(40, 740, 760)];
    expect(placeBubble(nearBottom, bubble(200, 80), viewport)).to.deep.equal({ left: 600, top: 720 - GAP_PX - 80, side: 'above' });
  });

  it('takes what the page gives it: DOMRects, an element for the bubble and the root element for the viewport', () => {
    const rects = [new DOMRect(10, 30, 50, 20)];
    const box = document.createElement('div');
    expect(placeBubble(rects, box, document.documentElement)).to.deep.equal({ left: 10, top: 50 + GAP_PX, side: 'below' });
  });
});
