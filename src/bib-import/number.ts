/**
 * Give every segment its reference number.
 *
 * When every entry carries a printed number (su2023, chen2021, wang2022) the
 * printed number is the number. When some lost it (about half of sun2025 and
 * pang2021) numbers run by position, and every surviving printed number is
 * checked against its position: a mismatch means the segmentation joined or
 * split an entry wrongly, so it is reported, never silently accepted.
 */
import type { Diagnostic, NumberedSegment, Segment } from './types.ts';

export function numberSegments(segments: Segment[]): { numbered: NumberedSegment[]; diagnostics: Diagnostic[]; mode: 'printed' | 'position' } {
  const diagnostics: Diagnostic[] = [];
  const allPrinted = segments.length > 0 && segments.every((s) => s.printed !== undefined);
  if (allPrinted) {
    const numbered = segments.map((s) => ({ ...s, n: s.printed! }));
    // The first printed number starts the list (an excerpt may start late;
    // the report's "missing numbers" still shows a list that should start at 1).
    let prev = numbered[0]!.n - 1;
    const firstLine = new Map<number, number>();
    for (const s of numbered) {
      const printed = s.n;
      if (printed <= prev) {
        // Never two entries under one number: the repeat takes the next free number, and the
        // raw file is to be corrected.
        s.n = prev + 1;
        const where = firstLine.has(printed) ? `number ${printed} is printed again (first on line ${firstLine.get(printed)})` : `number ${printed} follows ${prev}`;
        diagnostics.push({ line: s.line, severity: 'warning', n: s.n, message: `${where}; read as ${s.n} by position. Correct the number on this line of the raw file, then import again.` });
      } else if (printed !== prev + 1) {
        const gap = `; ${prev + 1}${printed - 1 > prev + 1 ? `–${printed - 1}` : ''} missing`;
        diagnostics.push({ line: s.line, severity: 'warning', n: s.n, message: `number ${printed} follows ${prev}${gap}` });
      }
      if (!firstLine.has(printed)) firstLine.set(printed, s.line);
      prev = s.n;
    }
    return { numbered, diagnostics, mode: 'printed' };
  }
  // Numbers run by position from the first printed number (1 for a whole
  // list; an excerpt such as a test fixture may start later).
  const firstPrinted = segments.findIndex((s) => s.printed !== undefined);
  const base = firstPrinted >= 0 ? Math.max(1, segments[firstPrinted]!.printed! - firstPrinted) : 1;
  const numbered = segments.map((s, i) => ({ ...s, n: base + i }));
  for (const s of numbered) {
    if (s.printed !== undefined && s.printed !== s.n) {
      diagnostics.push({
        line: s.line, severity: 'warning', n: s.n,
        message: `printed number ${s.printed} but entry is number ${s.n} by position (an entry was split or joined wrongly?)`,
      });
    }
  }
  const printedCount = segments.filter((s) => s.printed !== undefined).length;
  if (printedCount < segments.length) {
    const agree = !diagnostics.some((d) => d.severity === 'warning');
    diagnostics.push({
      line: segments[0]?.line ?? 1, severity: 'info',
      message: `${segments.length - printedCount} of ${segments.length} entries have no printed number; numbered by position (${agree ? `all ${printedCount} printed numbers agree` : 'some printed numbers disagree, see warnings'})`,
    });
  }
  return { numbered, diagnostics, mode: 'position' };
}
