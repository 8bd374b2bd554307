/**
 * Whether a "#RRGGBB" (or "#RGB") colour is dark, by WCAG relative luminance. Used to tell a dark
 * Office theme (Black, Dark Gray) from a light one; an unreadable colour counts as light.
 */
export function isDarkColor(hex: string | undefined | null): boolean {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((hex ?? "").trim());
  if (!match) return false;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join("") : match[1];
  const [r, g, b] = [0, 2, 4].map((i) => linear(parseInt(digits.slice(i, i + 2), 16) / 255));
  // 0.18 is the luminance where white and black text have equal contrast (about #767676).
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18;
}

function linear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}
