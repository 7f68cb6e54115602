/**
 * Documents whose rows are account entries, not the items of one invoice: a statement of account
 * or of open items lists invoices charged and payments received in a debit and a credit column
 * ("Datum  Beleg  Soll  Haben", "Date  Reference  Debit  Credit"). Its rows are not added up as an
 * invoice's items; the running balance, when it has one, is read by `hasRunningBalance`.
 */

const DEBIT = '(?:debit|débit|soll|debe|dare|debet|débito|debito|addebito)';
const CREDIT = '(?:credit|crédit|haben|haber|avere|crédito|credito|accredito)';
const GAP = '(?:[ ]{2,}|\\t|[ \\t]*\\|[ \\t]*)';
/**
 * A header row naming a debit column and then a credit column, as column headings (set apart by a
 * column gap): "Soll        Haben". The gap keeps prose out ("Der Betrag soll bis Freitag ... haben").
 */
const DEBIT_CREDIT_HEADER = new RegExp(`(?:^|${GAP})${DEBIT}${GAP}(?:[^\\n]*${GAP})?${CREDIT}(?=${GAP}|[ \\t]*$)`, 'imu');

/**
 * The same header with its blanks collapsed to one ("Datum Beleg Soll Haben"): then it must open with
 * a date heading and hold no figure and no label's colon, and debit and credit stand side by side, as only a header has them.
 */
const COLLAPSED_HEADER = new RegExp(`^[ \\t|]*(?:date|datum|fecha|data)(?![\\p{L}])[^\\d\\n:]*(?<![\\p{L}])${DEBIT}[ \\t|]+${CREDIT}(?![\\p{L}])[^\\d\\n]*$`, 'imu');

/** A debit word anywhere: both headers hold one (same flags), and a plain search for it costs far less than either header's pattern. */
const ANY_DEBIT = new RegExp(DEBIT, 'iu');

/** Whether the document sets its figures in a debit and a credit column, as a statement of account does. */
export function hasDebitCreditColumns(text: string): boolean {
  return ANY_DEBIT.test(text) && (DEBIT_CREDIT_HEADER.test(text) || COLLAPSED_HEADER.test(text));
}
