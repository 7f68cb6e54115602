/**
 * A date right after words of money paid says when a deposit or payment came in, not when the invoice
 * was issued: "Less deposit received 2026/04/14", "Payment received on 3 May 2026", "Anzahlung erhalten am
 * 14.04.2026", "Acompte versé le 14/04/2026". Such a date is no stand-in for an unlabelled issue date.
 */

/** Payment words closing the text before a date on its line, perhaps with "on"/"am"/"le" between. */
const PAID_BEFORE =
  /(?<![\p{L}])(?:deposit|down[ \t]+payment|payment|advance|paid|received|anzahlung|zahlung|erhalten|bezahlt|acompte|versé|reçu|anticipo|pagado|pagato|ricevuto|aanbetaling|betaald|ontvangen)(?:[ \t]+(?:received|paid|made|erhalten|bezahlt|geleistet|versé|reçu|recibido|ricevuto|ontvangen))?(?:[ \t]+(?:on|am|vom|le|du|el|il|op))?[ \t:]*$/iu;

/** Whether the words right before `start` in `text` (on its line) say the date is when money was paid. */
export function isPaymentDate(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return PAID_BEFORE.test(text.slice(Math.max(lineStart, start - 48), start));
}
