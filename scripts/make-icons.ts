/**
 * Draws the add-in icons (assets/icon-16/32/64/80.png): a teal tile with a white flowchart glyph,
 * a terminator, an arrow and a decision diamond, the symbols of an SOP AP swimlane.
 * Shapes are signed-distance functions sampled 8x8 per pixel (anti-aliasing) and encoded as PNG with
 * node:zlib, so the icons are reproducible without an image library:  npx tsx scripts/make-icons.ts
 * The 16 px icon uses its own layout snapped to whole pixels, so it stays crisp in the ribbon.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
/** Signed distance from (x, y) to a shape's edge in layout units: negative inside. */
type Sdf = (x: number, y: number) => number;
interface Layer {
  shape: Sdf;
  /** Colour at a point (lets the tile carry a vertical gradient). */
  paint: (x: number, y: number) => Rgba;
}

const TILE_TOP: Rgba = [20, 184, 166, 255]; // teal-500
const TILE_BOTTOM: Rgba = [15, 118, 110, 255]; // teal-700
const WHITE: Rgba = [255, 255, 255, 255];
const MINT: Rgba = [204, 251, 241, 255]; // teal-100: the decision reads as a different symbol

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Sdf {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  return (x, y) => {
    const dx = Math.abs(x - cx) - hx;
    const dy = Math.abs(y - cy) - hy;
    const outside = Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
    return outside + Math.min(Math.max(dx, dy), 0) - r;
  };
}

/** Convex polygon with clockwise vertices (y down): max of the edge half-plane distances. */
function polygon(points: Array<[number, number]>): Sdf {
  return (x, y) => {
    let d = -Infinity;
    for (let i = 0; i < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[(i + 1) % points.length];
      const ex = bx - ax;
      const ey = by - ay;
      const len = Math.hypot(ex, ey);
      // Outward normal of a clockwise edge in screen coordinates is (ey, -ex).
      d = Math.max(d, ((x - ax) * ey - (y - ay) * ex) / len);
    }
    return d;
  };
}

function diamond(cx: number, cy: number, hw: number, hh: number): Sdf {
  return polygon([
    [cx, cy - hh],
    [cx + hw, cy],
    [cx, cy + hh],
    [cx - hw, cy],
  ]);
}

function solid(color: Rgba) {
  return () => color;
}

function gradient(top: Rgba, bottom: Rgba, y0: number, y1: number) {
  return (_x: number, y: number): Rgba => {
    const t = Math.min(1, Math.max(0, (y - y0) / (y1 - y0)));
    return top.map((c, i) => Math.round(c + (bottom[i] - c) * t)) as Rgba;
  };
}

/** Layout for 32 px and up, in a 64-unit square. */
function largeLayout(): { units: number; layers: Layer[] } {
  return {
    units: 64,
    layers: [
      { shape: roundedRect(0, 0, 64, 64, 12), paint: gradient(TILE_TOP, TILE_BOTTOM, 0, 64) },
      { shape: roundedRect(15, 5, 49, 19, 7), paint: solid(WHITE) },
      { shape: roundedRect(30.5, 18, 33.5, 30, 0), paint: solid(WHITE) },
      {
        shape: polygon([
          [24.5, 28],
          [39.5, 28],
          [32, 36],
        ]),
        paint: solid(WHITE),
      },
      { shape: diamond(32, 48, 15, 11), paint: solid(MINT) },
    ],
  };
}

/** Layout for 16 px, on whole pixels: a pill, a 2 px connector and a diamond; no arrowhead. */
function smallLayout(): { units: number; layers: Layer[] } {
  return {
    units: 16,
    layers: [
      { shape: roundedRect(0, 0, 16, 16, 3), paint: gradient(TILE_TOP, TILE_BOTTOM, 0, 16) },
      { shape: roundedRect(3, 2, 13, 5.5, 1.75), paint: solid(WHITE) },
      { shape: roundedRect(7, 5, 9, 8.5, 0), paint: solid(WHITE) },
      { shape: diamond(8, 11.5, 5, 3.5), paint: solid(MINT) },
    ],
  };
}

const SAMPLES = 8;

/** Renders the layers into straight (non-premultiplied) RGBA pixels. */
export function render(size: number): Uint8Array {
  const { units, layers } = size <= 16 ? smallLayout() : largeLayout();
  const scale = units / size;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied accumulation, painter's order.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const layer of layers) {
        let covered = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            const x = (px + (sx + 0.5) / SAMPLES) * scale;
            const y = (py + (sy + 0.5) / SAMPLES) * scale;
            if (layer.shape(x, y) <= 0) covered++;
          }
        }
        if (covered === 0) continue;
        const coverage = covered / (SAMPLES * SAMPLES);
        const [cr, cg, cb, ca] = layer.paint((px + 0.5) * scale, (py + 0.5) * scale);
        const alpha = (ca / 255) * coverage;
        r = cr * alpha + r * (1 - alpha);
        g = cg * alpha + g * (1 - alpha);
        b = cb * alpha + b * (1 - alpha);
        a = alpha + a * (1 - alpha);
      }
      const i = (py * size + px) * 4;
      pixels[i] = a > 0 ? Math.round(r / a) : 0;
      pixels[i + 1] = a > 0 ? Math.round(g / a) : 0;
      pixels[i + 2] = a > 0 ? Math.round(b / a) : 0;
      pixels[i + 3] = Math.round(a * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes RGBA pixels as an 8-bit truecolour-with-alpha PNG (filter 0 on every row). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const stride = width * 4;
  const raw = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    Buffer.from(rgba.subarray(y * stride, (y + 1) * stride)).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

export const ICON_SIZES = [16, 32, 64, 80] as const;

function main(): void {
  const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, render(size)));
    console.log(`wrote ${file}`);
  }
}

// Run only as a script, so the renderer can be imported (e.g. to preview an icon enlarged).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
