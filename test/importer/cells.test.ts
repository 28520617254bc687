import {
  parseDataZone,
  parseFlag,
  parseLimits,
  parseMethods,
  parseModality,
  parseModelCell,
  parseRegionsCell,
  parseStatus,
  parseTrainingData,
} from '../../src/importer/cells';
import { normalizeHeader, columnKind } from '../../src/importer/table-columns';
import { plainText, takeSupMarks } from '../../src/importer/markdown-text';
import { importError } from './support';

describe('model cell', () => {
  it.each([
    ['`gpt-4o` <br> (2024-08-06)', { id: 'gpt-4o', version: '2024-08-06', preview: false }],
    ['`gpt-35-turbo` (0613)', { id: 'gpt-35-turbo', version: '0613', preview: false }],
    ['`gpt-4.1-nano` (2025-04-14)', { id: 'gpt-4.1-nano', version: '2025-04-14', preview: false }],
    ['`Ministral-3B` (preview) <br> (2411)', { id: 'Ministral-3B', version: '2411', preview: true }],
    ['`Qwen-32B` (preview)', { id: 'Qwen-32B', version: null, preview: true }],
    ['`babbage-002`', { id: 'babbage-002', version: null, preview: false }],
    ['gpt-4o (2024-08-06)', { id: 'gpt-4o', version: '2024-08-06', preview: false }],
  ])('reads %s', (cell, expected) => {
    expect(parseModelCell(cell)).toEqual(expected);
  });

  it('refuses a cell without a model id, or with two versions', () => {
    expect(importError(() => parseModelCell('')).code).toBe('bad-cell');
    expect(importError(() => parseModelCell('`gpt-4o` (2024-08-06) (2024-11-20)')).message).toContain('(2024-11-20)');
  });
});

describe('footnote marks', () => {
  it('takes <sup> marks out of a cell, folding **1** into 1', () => {
    expect(takeSupMarks('`gpt-4` (0613) <sup>**1**</sup>')).toEqual({ text: '`gpt-4` (0613)', marks: ['1'] });
    expect(takeSupMarks('GA<sup>*</sup>')).toEqual({ text: 'GA', marks: ['*'] });
  });
});

describe('limits cell', () => {
  it('reads input, output and training example context length', () => {
    expect(parseLimits('Input: 128,000 <br> Output: 16,384  <br> Training example context length: 65,536', 'x')).toEqual({
      input: 128000,
      output: 16384,
      trainingContext: 65536,
      raw: 'Input: 128,000; Output: 16,384; Training example context length: 65,536',
    });
  });

  it('reads "Unknown" as null', () => {
    expect(parseLimits('Input: 128,000 <br> Output: Unknown <br> Training example context length: Unknown', 'x')).toMatchObject({
      input: 128000,
      output: null,
      trainingContext: null,
    });
  });

  it('reads a bare figure ("16,384", "8192") as the input / max request', () => {
    expect(parseLimits('16,384', 'x')).toMatchObject({ input: 16384, output: null, trainingContext: null, raw: '16,384' });
    expect(parseLimits('8192', 'x')).toMatchObject({ input: 8192 });
    expect(parseLimits('Input: 16,385<br> Output: 4,096', 'x')).toMatchObject({ input: 16385, output: 4096, trainingContext: null });
  });

  it('refuses figures and labels it cannot read, naming them', () => {
    expect(importError(() => parseLimits('Input: lots', 'the cell of m')).message).toContain('"lots"');
    expect(importError(() => parseLimits('Tokens per day: 5', 'the cell of m')).message).toContain('Tokens per day');
    expect(importError(() => parseLimits('Input: 0', 'the cell of m')).code).toBe('bad-cell');
  });
});

describe('other cells', () => {
  it('reads ✅ as true and ❌ or - as false, refusing anything else', () => {
    expect(parseFlag('✅', 'x')).toBe(true);
    expect(parseFlag('❌', 'x')).toBe(false);
    expect(parseFlag('-', 'x')).toBe(false);
    expect(importError(() => parseFlag('maybe', 'the "Global" cell of m')).message).toContain('the "Global" cell of m');
  });

  it('reads region lists and "Not supported"', () => {
    expect(parseRegionsCell('East US2 <br> North Central US <br> Sweden Central')).toEqual({
      names: ['East US2', 'North Central US', 'Sweden Central'],
      note: null,
    });
    expect(parseRegionsCell('Not supported')).toEqual({ names: [], note: 'Not supported' });
  });

  it('reads modality and whether it takes vision input', () => {
    expect(parseModality('Text and vision to text')).toEqual({ modality: 'Text and vision to text', vision: true });
    expect(parseModality('Text & Vision to Text')).toEqual({ modality: 'Text & Vision to Text', vision: true });
    expect(parseModality('Text to text')).toEqual({ modality: 'Text to text', vision: false });
  });

  it('reads training data, methods, status and data zone', () => {
    expect(parseTrainingData('Oct 2023')).toBe('Oct 2023');
    expect(parseTrainingData('Unknown')).toBeNull();
    expect(parseMethods('SFT, DPO')).toEqual(['SFT', 'DPO']);
    expect(parseMethods('-')).toEqual([]);
    expect(parseStatus('GA')).toBe('GA');
    expect(parseStatus('')).toBeNull();
    expect(parseDataZone('US')).toBe('US');
    expect(parseDataZone('-')).toBeNull();
  });

  it('strips Markdown to plain text', () => {
    expect(plainText('**Global** training provides [more affordable](https://aka.ms/x) training, `code_ok`.')).toBe(
      'Global training provides more affordable training, code_ok.',
    );
    expect(plainText('Japan East _(no vision support)_')).toBe('Japan East (no vision support)');
  });
});

describe('header names', () => {
  it.each([
    ['Model ID', 'model'],
    ['Fine-tuning regions', 'standard'],
    ['Standard regions', 'standard'],
    ['Standard Training Regions', 'standard'],
    ['Global', 'global'],
    ['Global Training (Preview)', 'global'],
    ['Developer', 'developer'],
    ['Data Zone', 'datazone'],
    ['Max request (tokens)', 'limits'],
    ['Training Data (up to)', 'trainingData'],
    ['Modality', 'modality'],
    ['Methods', 'methods'],
    ['Status', 'status'],
  ])('matches "%s" case-insensitively, ignoring (Preview), (tokens), (up to)', (header, kind) => {
    expect(columnKind(header)).toBe(kind);
  });

  it('normalises qualifiers away', () => {
    expect(normalizeHeader('  Training Data (up to) ')).toBe('training data');
    expect(columnKind('Price')).toBeNull();
  });
});
