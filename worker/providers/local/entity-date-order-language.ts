/**
 * A document of a country that writes the day first dates its numbers so even when it bills in US
 * dollars: a Mexican exporter's "Fecha de emisión / Issue date: 11/03/2026" is 11 March, not November 3.
 * Two signs together tell which way round: the date's own label in Spanish, Portuguese or Italian
 * ("Fecha", "Data de emissão", "Data di scadenza"), and the country of a day-first language named in the
 * document or in a legal form of its own ("México", "S.A. de C.V."). A label glossed in Spanish on an
 * American invoice is no such document. Read only when no date in the document parses one way alone.
 */

const DAY_FIRST_LABEL = /(?<![\p{L}])(?:fecha|data[ \t]+(?:de|da|di|do)|vencimiento|vencimento|scadenza)(?![\p{L}])/iu;
/** Countries of Spanish, Portuguese and Italian, and legal forms only their firms use. */
const DAY_FIRST_COUNTRY =
  /(?<![\p{L}])(?:m[eé]xico|españa|espana|colombia|argentina|chile|per[uú]|ecuador|uruguay|paraguay|bolivia|venezuela|guatemala|honduras|panam[aá]|costa[ \t]+rica|brasil|portugal|italia|s\.[ \t]?a\.[ \t]+de[ \t]+c\.[ \t]?v\.|s\.[ \t]?de[ \t]+r\.[ \t]?l\.|ltda\.?|s\.r\.l\.|s\.p\.a\.)(?![\p{L}])/iu;

/** Whether `text` labels its dates in a day-first language and names a country of one. */
export function labelsDatesDayFirst(text: string): boolean {
  return DAY_FIRST_LABEL.test(text) && DAY_FIRST_COUNTRY.test(text);
}
