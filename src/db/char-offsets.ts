/**
 * SQLite's substr() counts characters, JavaScript counts UTF-16 units: a character outside the
 * Basic Multilingual Plane (𠮷) is one to SQLite and two to JavaScript. Stored offsets are
 * characters, so `substr(text, start + 1, end - start)` is the evidence in SQL too.
 */
export function charOffsetsOf(text: string): (utf16Offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const map = new Int32Array(text.length + 1);
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = chars;
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdbff) chars++;
  }
  map[text.length] = chars;
  return (offset) => map[offset]!;
}
