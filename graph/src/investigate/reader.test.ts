import { describe, expect, it } from 'vitest';
import { withoutCommentLines } from './reader.js';

describe('withoutCommentLines', () => {
  it('drops the header and other comment lines, keeps the statement as written', () => {
    const file =
      "// header\n// Params: $ids\nUNWIND $ids AS id\n  // why\nRETURN id, 'a // b' AS s\n";
    expect(withoutCommentLines(file)).toBe("UNWIND $ids AS id\nRETURN id, 'a // b' AS s\n");
  });
});
