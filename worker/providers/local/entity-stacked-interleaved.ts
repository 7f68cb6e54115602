/**
 * A label column flattened line by line into the address beside it, its values following as a block:
 *
 *   Brunnhof Getränke GmbH
 *   Rechnungs-Nr.          label 1
 *   Buchhaltung            (address)
 *   Rechnungsdatum         label 2
 *   Quellenweg 2           (address)
 *   Fällig am              label 3
 *   RE 2026-7731           value 1
 *   17.11.2026             value 2
 *   15.12.2026             value 3
 *
 * Field labels (a date's label or a number's "Nr." / "No.") stand on every other line, three or more;
 * right after the last one come as many lines, each a short value with a figure, then a blank line or
 * the end. A plain list of labels each over its own value is no such block: its values come between
 * the labels, and no block of values follows them.
 */
import { DATE_LABELS } from './entity-labels';
import type { Line } from './entity-text';
import type { StackedPair } from './entity-stacked';

const MIN_LABELS = 3;
/** A number's label: "Rechnungs-Nr.", "Customer No.", "Kundennummer", "Invoice #". */
const NUMBER_LABEL = /(?:[\s-]|^|\p{Ll})(?:nr|no|nummer|number|n[°º]|#)\.?[ \t]*:?[ \t]*$/iu;
/** A value alone: one short cell with a figure, no column gap. */
const SHORT_VALUE = /^[ \t]*(?=[^\n]*\d)\S+(?: \S+){0,3}[ \t]*$/u;
const MAX_VALUE_LENGTH = 32;

export interface InterleavedBlock {
  pairs: StackedPair[];
  /** The block's first and last line numbers, values included. */
  first: number;
  last: number;
}

function isFieldLabel(line: Line | undefined, isLabelOnly: (line: Line) => boolean): boolean {
  if (!line || !line.text.trim() || !isLabelOnly(line)) return false;
  const text = line.text.trim();
  return NUMBER_LABEL.test(text) || DATE_LABELS.choose(text) !== undefined;
}

function isValue(line: Line | undefined): boolean {
  return line !== undefined && line.text.trim().length <= MAX_VALUE_LENGTH && SHORT_VALUE.test(line.text);
}

/** The blocks of `lines`; `isLabelOnly` tells a line that is a label alone (see `entity-stacked`). */
export function interleavedBlocks(lines: Line[], isLabelOnly: (line: Line) => boolean): InterleavedBlock[] {
  const blocks: InterleavedBlock[] = [];
  // Each line is asked about up to three times (as a label, as the line between two, as the next label): judged once.
  const judged: (boolean | undefined)[] = [];
  const isFieldLabelAt = (k: number): boolean => {
    let label = judged[k];
    if (label === undefined) {
      label = isFieldLabel(lines[k], isLabelOnly);
      judged[k] = label;
    }
    return label;
  };
  for (let i = 0; i < lines.length; i += 1) {
    if (!isFieldLabelAt(i)) continue;
    const labels = [i];
    let j = i;
    // Every other line a field label; the line between them anything but blank or a field label.
    while (j + 2 < lines.length && lines[j + 1]?.text.trim() && !isFieldLabelAt(j + 1) && isFieldLabelAt(j + 2)) {
      j += 2;
      labels.push(j);
    }
    if (labels.length < MIN_LABELS) continue;
    const values = lines.slice(j + 1, j + 1 + labels.length);
    const after = lines[j + 1 + labels.length];
    // The lines between the labels are not their values: some hold no figure (a name, a street).
    const between = labels.slice(1).map((k) => lines[k - 1] as Line);
    const fits = values.length === labels.length && values.every(isValue) && (!after || !after.text.trim()) && between.some((line) => !/\d/u.test(line.text));
    if (!fits) continue;
    blocks.push({ pairs: labels.map((k, n) => ({ label: lines[k] as Line, value: values[n] as Line })), first: i, last: j + labels.length });
    i = j + labels.length;
  }
  return blocks;
}
