/**
 * A label in a right-hand column whose value stands on the next line: the value is under the label,
 * not at the start of that line. In a flattened two-column header
 *
 *   12 rue des Tonneliers        N° facture     Invoice no.
 *   21200 Beaune – France        F26-00912
 *
 * the line under "Invoice no." opens with the sender's postcode, the left column's text; the number is
 * under the label. A label that opens its own line ("Invoice no." over "F-889") is not concerned, nor one
 * whose number word opens the next line.
 */
/** Whether the value at `valueStart` (on a later line than the label at `labelStart`) lies left of a label set in a right-hand column. */
export function valueLeftOfColumnLabel(text: string, labelStart: number, valueStart: number, slack: number): boolean {
  const labelLineStart = text.lastIndexOf('\n', labelStart - 1) + 1;
  const valueLineStart = text.lastIndexOf('\n', valueStart - 1) + 1;
  // A number word opening the next line ("Fattura  Invoice" over "N. 0342/2026") is the label's own: its value follows it.
  if (valueLineStart <= labelLineStart || text.slice(valueLineStart, valueStart).trim()) return false;
  const before = text.slice(labelLineStart, labelStart);
  // Only a label after other text and a column gap stands in a right-hand column.
  const kept = before.trimEnd();
  if (!kept.trim() || before.length - kept.length < 2) return false;
  return valueStart - valueLineStart < labelStart - labelLineStart - slack;
}
