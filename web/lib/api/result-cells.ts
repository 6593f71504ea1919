/**
 * A query result's rows as table cells. Long lists show their first items and how many more
 * there are; a map shows as `name: value` pairs (a pattern's evidence items: `entry:
 * crossings.csv:12, exit: crossings.csv:40, country: RUS`), not as JSON.
 */
export function rowCells(row: unknown, columns: string[]): string[] {
  if (Array.isArray(row)) return row.map(cellText);
  if (row && typeof row === 'object')
    return columns.map((column) => cellText((row as Record<string, unknown>)[column]));
  return [cellText(row)];
}

/** One cell as text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length > 4) {
    return `${value.slice(0, 4).map(cellText).join('; ')} … (+${value.length - 4})`;
  }
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value)
      .map(
        ([name, item]) =>
          `${name}: ${typeof item === 'object' && item !== null ? JSON.stringify(item) : cellText(item)}`,
      )
      .join(', ');
  }
  if (typeof value === 'number') return numberText(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * A number as a reader compares it: a score of 0.23608160417241994 as 0.236, three decimals
 * (three significant digits below 0.001, which would otherwise read as 0); integers whole.
 */
function numberText(value: number): string {
  if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
  if (Math.abs(value) < 0.001) return String(Number(value.toPrecision(3)));
  return String(Number(value.toFixed(3)));
}
