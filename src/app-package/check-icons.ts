// The Teams icon rules that the JSON schema cannot check: both icons are PNG files, the colour icon is
// 192x192, the outline icon is 32x32 and white on a transparent background (every pixel either fully
// transparent or white; white pixels may be partly transparent, for anti-aliased edges).
import { PNG } from 'pngjs';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface IconSpec {
  /** The file name, for messages. */
  readonly file: string;
  readonly role: 'color' | 'outline';
}

export const ICON_SIZES = { color: 192, outline: 32 } as const;

interface Decoded {
  readonly width: number;
  readonly height: number;
  /** RGBA, 8 bits a channel. */
  readonly data: Buffer;
}

function decode(bytes: Buffer, file: string): Decoded | string {
  if (bytes.length < SIGNATURE.length || !bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
    return `${file} is not a PNG file (it does not start with the PNG signature)`;
  }
  try {
    const png = PNG.sync.read(bytes);
    return { width: png.width, height: png.height, data: png.data };
  } catch (e) {
    return `${file} is not a readable PNG: ${(e as Error).message}`;
  }
}

function outlineProblems(png: Decoded, file: string): string[] {
  let transparent = 0;
  let bad = 0;
  let first = '';
  for (let i = 0; i < png.width * png.height; i++) {
    const [r, g, b, a] = [png.data[i * 4], png.data[i * 4 + 1], png.data[i * 4 + 2], png.data[i * 4 + 3]];
    if (a === 0) transparent++;
    else if (r !== 255 || g !== 255 || b !== 255) {
      if (bad++ === 0) first = `(${i % png.width}, ${Math.floor(i / png.width)}) is rgba(${r}, ${g}, ${b}, ${a})`;
    }
  }
  const problems: string[] = [];
  if (bad > 0) {
    problems.push(
      `${file} must be white on a transparent background: ${bad} pixel${bad === 1 ? ' is' : 's are'} neither fully transparent nor white; the first, at ${first}`,
    );
  }
  if (transparent === 0) problems.push(`${file} has no transparent pixel: it must be a white shape on a transparent background`);
  if (transparent === png.width * png.height) problems.push(`${file} is fully transparent: it shows nothing`);
  return problems;
}

/** Problems with one icon, one line each; [] when it is fine. */
export function checkIcon(bytes: Buffer, spec: IconSpec): string[] {
  const png = decode(bytes, spec.file);
  if (typeof png === 'string') return [png];
  const size = ICON_SIZES[spec.role];
  if (png.width !== size || png.height !== size) {
    return [`${spec.file} is ${png.width}x${png.height} pixels; the ${spec.role} icon must be ${size}x${size}`];
  }
  return spec.role === 'outline' ? outlineProblems(png, spec.file) : [];
}

/** Problems with both icons, one line each; [] when both are fine. */
export function checkIcons(color: { file: string; bytes: Buffer }, outline: { file: string; bytes: Buffer }): string[] {
  return [...checkIcon(color.bytes, { file: color.file, role: 'color' }), ...checkIcon(outline.bytes, { file: outline.file, role: 'outline' })];
}
