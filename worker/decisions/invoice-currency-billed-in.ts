/**
 * A currency stated by the verb that bills in it: "it is billed in euro (EUR), as always", "invoiced in GBP",
 * "facturé en EUR", "abgerechnet in EUR", "gefactureerd in euro (EUR)". A mail sending an invoice whose figures
 * are all in an attachment states the currency no other way. Only with the code after it (perhaps after the
 * currency's name in brackets, as `DECLARED_CURRENCY` in invoice-currency reads it): "billed in arrears" or
 * "invoiced in March" name none.
 */
export const BILLED_IN_WORDS =
  '(?:billed|invoiced|charged|abgerechnet|berechnet|in\\s+rechnung\\s+gestellt|factur[ée]e?s?|fatturat[oaie]|facturad[oa]s?|gefactureerd|faturad[oa]s?)';
/** The verb and its "in": English, German and Italian "in", French and Spanish "en", Dutch "in", Portuguese "em". */
export const BILLED_IN = `${BILLED_IN_WORDS}\\s+(?:in|en|em)`;
/** The stems, to test cheaply whether a text may hold such a statement. */
export const BILLED_IN_HINT = 'billed|invoiced|charged|abgerechnet|berechnet|rechnung\\s+gestellt|factur|fatturat|gefactureerd|faturad';
