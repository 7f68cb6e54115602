/**
 * Peru's electronic invoices (SUNAT) go by a series and a correlative, "F001-00004127": F opens a
 * factura's series, B a boleta's, E one issued on SUNAT's own portal. The title box prints it under
 * the seller's RUC with no label of its own ("| RUC 20455871236" over "| F001-00004127"). Read only
 * in a document that names a RUC, and only when no label names a number: a dispatch guide's series
 * ("Guía de remisión: T001-000882") opens with another letter and is no invoice's.
 */
import type { Span } from './entity-text';

/** Peru's tax number, which every Peruvian invoice states; a cheap test before the series is looked for. */
const RUC = /(?<![\p{L}])RUC(?![\p{L}])/u;
/** A series of four (F, B or E and three letters or digits), a dash, a correlative of up to eight digits. */
const SERIES_NUMBER = /(?<![\p{L}\d-])[FBE][A-Z\d]\d{2}-\d{1,8}(?![\p{L}\d-])/gu;

export function peruvianSeriesNumbers(text: string): Span[] {
  if (!RUC.test(text)) return [];
  return [...text.matchAll(SERIES_NUMBER)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}
