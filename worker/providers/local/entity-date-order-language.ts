/**
 * A document in a language that writes the day first dates its numbers so even when it bills in US
 * dollars: a Mexican exporter's "Fecha de emisión / Issue date: 11/03/2026" is 11 March, not November 3.
 * The date's own label in Spanish, Portuguese or Italian ("Fecha", "Data de emissão", "Data di
 * scadenza") tells which way round; read only when no date in the document parses one way alone.
 */

const DAY_FIRST_LABEL = /(?<![\p{L}])(?:fecha|data[ \t]+(?:de|da|di|do)|vencimiento|vencimento|scadenza)(?![\p{L}])/iu;

/** Whether `text` labels its dates in a day-first language. */
export function labelsDatesDayFirst(text: string): boolean {
  return DAY_FIRST_LABEL.test(text);
}
