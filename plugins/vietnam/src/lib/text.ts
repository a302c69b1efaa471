/**
 * Folds Vietnamese text for matching: NFC/NFD-insensitive, accent-insensitive (so the
 * "Hoà"/"Hòa" placement variants of the 2025 unit list compare equal), đ → d, lower case,
 * single spaces.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
}
