import fc from 'fast-check';
import { isDelimiterRow, readPipeTables, splitPipeRow } from '../../src/importer/markdown-table';
import { read, SEED } from './support';

describe('pipe-table reader', () => {
  it('reads the seed table although its 7 header cells sit over a 6-cell delimiter row', () => {
    const tables = readPipeTables(read(SEED));
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t?.header).toHaveLength(7);
    expect(t?.delimiterCells).toBe(6);
    expect(t?.rows).toHaveLength(8);
    expect(t?.rows.every((r) => r.length === 7)).toBe(true);
    expect(t?.rows[5]?.[0]).toBe('`o4-mini` <br> (2025-04-16)');
    expect(t?.rows[5]?.[6]).toBe('Text to text');
  });

  it('splits rows with or without outer pipes, keeping escaped pipes in the cell', () => {
    expect(splitPipeRow('| a | b |')).toEqual(['a', 'b']);
    expect(splitPipeRow('a | b')).toEqual(['a', 'b']);
    expect(splitPipeRow('| a \\| b | c |')).toEqual(['a | b', 'c']);
    expect(splitPipeRow('|  | x |')).toEqual(['', 'x']);
  });

  it('recognises delimiter rows with alignment colons, and nothing else', () => {
    expect(isDelimiterRow('|  --- | --- | :---: | ---: |')).toBe(true);
    expect(isDelimiterRow('---|:--')).toBe(true);
    expect(isDelimiterRow('---')).toBe(false); // a thematic break or front matter fence
    expect(isDelimiterRow('| a | --- |')).toBe(false);
  });

  it('pads short rows and cuts long ones to the header width', () => {
    const [t] = readPipeTables('| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 |');
    expect(t?.rows).toEqual([
      ['1', '', ''],
      ['1', '2', '3'],
    ]);
  });

  it('ends a table at a blank line or a line without a pipe, and finds the next one', () => {
    const tables = readPipeTables('| a |\n|---|\n| 1 |\n\ntext\n\n| b | c |\n| - | - |\n| 2 | 3 |\nafter');
    expect(tables.map((t) => t.header)).toEqual([['a'], ['b', 'c']]);
    expect(tables[1]?.rows).toEqual([['2', '3']]);
  });

  it('ignores tables inside fenced code blocks and lines without a delimiter row', () => {
    expect(readPipeTables('```\n| a | b |\n|---|---|\n```\n')).toEqual([]);
    expect(readPipeTables('| a | b |\n| 1 | 2 |')).toEqual([]);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 400 }), (s) => {
        readPipeTables(s);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        readPipeTables(s);
      }),
      { numRuns: 300 },
    );
    // Strings built from table-ish pieces reach the deeper paths more often than random text does.
    const piece = fc.constantFrom('|', ' | ', '---', ':---:', '\n', '\\|', '`', '```', '<br>', 'a', '✅', '    ', '\r\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const tables = readPipeTables(parts.join(''));
        for (const t of tables) for (const r of t.rows) expect(r).toHaveLength(t.header.length);
      }),
      { numRuns: 1000 },
    );
  });
});
