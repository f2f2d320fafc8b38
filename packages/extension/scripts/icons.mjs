// Draws the toolbar icons (a ring with a check mark on indigo) as PNGs, so no binary needs committing.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Coverage of one sample point in a unit square: 0 transparent, 1 background, 2 white mark. */
function sample(x, y) {
  const r = 0.22;
  const inRounded = (() => {
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    return Math.hypot(x - cx, y - cy) <= r;
  })();
  if (!inRounded) return 0;
  const ring = Math.abs(Math.hypot(x - 0.5, y - 0.5) - 0.3);
  const gap = x > 0.62 && y < 0.38;
  const w = 0.055;
  const check = Math.min(distToSegment(x, y, 0.36, 0.5, 0.47, 0.61), distToSegment(x, y, 0.47, 0.61, 0.68, 0.38));
  if ((ring < w && !gap) || check < w) return 2;
  return 1;
}

/** @param {number} size */
export function iconPng(size) {
  const bg = [79, 70, 229];
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const ss = 4;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let alpha = 0;
      let white = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const v = sample((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          if (v > 0) alpha++;
          if (v === 2) white++;
        }
      }
      const a = alpha / (ss * ss);
      const wf = alpha ? white / alpha : 0;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = Math.round(bg[0] + (255 - bg[0]) * wf);
      raw[o + 1] = Math.round(bg[1] + (255 - bg[1]) * wf);
      raw[o + 2] = Math.round(bg[2] + (255 - bg[2]) * wf);
      raw[o + 3] = Math.round(a * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
