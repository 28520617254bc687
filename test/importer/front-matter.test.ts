import { parseMsDate, readFrontMatter } from '../../src/importer/front-matter';
import { importError } from './support';

describe('front matter', () => {
  it('reads ms.date as month/day/year: 02/06/2025 is 2025-02-06', () => {
    expect(parseMsDate('02/06/2025')).toBe('2025-02-06');
    expect(parseMsDate('10/31/2024')).toBe('2024-10-31');
    expect(parseMsDate('2/29/2024')).toBe('2024-02-29');
  });

  it.each(['02/30/2025', '13/01/2025', '00/10/2025', '2/29/2025', '2025-02-06', 'soon'])('rejects the impossible or unreadable date %s', (raw) => {
    expect(importError(() => parseMsDate(raw)).code).toBe('bad-front-matter');
  });

  it('reads title, date and the body after the front matter', () => {
    const fm = readFrontMatter('---\ntitle: Fine-Tuning Model Guidance\nms.date: 02/06/2025\nms.custom:\n  - build-2025\n---\nbody');
    expect(fm).toEqual({ title: 'Fine-Tuning Model Guidance', date: '2025-02-06', dateRaw: '02/06/2025', body: 'body' });
  });

  it('refuses a missing, unclosed or invalid front matter, and one without title or ms.date', () => {
    expect(importError(() => readFrontMatter('| a |\n|---|')).message).toContain('no YAML front matter');
    expect(importError(() => readFrontMatter('---\ntitle: x\n')).message).toContain('no closing');
    expect(importError(() => readFrontMatter('---\ntitle: [x\n---\n')).message).toContain('not valid YAML');
    expect(importError(() => readFrontMatter('---\nms.date: 02/06/2025\n---\n')).message).toContain('no title');
    expect(importError(() => readFrontMatter('---\ntitle: x\n---\n')).message).toContain('ms.date');
  });
});
