/** A piece of a text that names a query's parameters: plain words, or one parameter. */
export type ParamTextPart = { text: string } | { param: string };

/**
 * Splits a built-in query's description ("…at least minInvitees foreigners…") where it names
 * one of `params` as a whole word, so the view can show the value the query will run with
 * instead of the bare name.
 */
export function paramTextParts(text: string, params: readonly string[]): ParamTextPart[] {
  if (params.length === 0) return [{ text }];
  const names = [...params].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_$])\\$?(${names.join('|')})(?![\\p{L}\\p{N}_])`,
    'gu',
  );
  const parts: ParamTextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ param: match[1]! });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
