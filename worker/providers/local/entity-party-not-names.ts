/**
 * What stands where a party's name is expected but names no party:
 *
 * - the heading of the next column in a header row of a freight invoice, "Client   Shipment",
 *   "Bill to   Consignment details": the client's name is on the line below, in the label's column;
 * - a tax or customer number alone under the label, "Cessionario / Customer" over "P.IVA / VAT no.:
 *   GB294771608": a number identifies a party but is not its name.
 */

/** Headings of a shipment's column in freight, customs and carriers' invoices (in any case). */
const SHIPMENT_HEADING = /^(?:shipment|consignment|cargo|freight|transport|routing|spedizione|envoi|exp[ée]dition|sendung|envio|envío|zending|remessa)(?:[ \t]+(?:details?|info(?:rmation)?|data|ref(?:erence)?\.?))?$/iu;

/**
 * The next column's heading of a document field, "Kunde   Fakturanr.   Fakturadato": one word ending in "nr", or "Invoice no.";
 * perhaps glossed after a slash and cut there or inside the gloss ("Kunde / Customer:   Fakturanr. / Invoice no.: 26-0772"
 * reads "Fakturanr. /", "Ordrenr. / Order no.: 7781" reads "Ordrenr. / Order").
 */
const DOCUMENT_FIELD_HEADING = /^(?:\p{L}{2,24}nr\.?|(?:invoice|faktura|rechnung|factuur|facture|fattura|factura)[ \t]*(?:no\.?|nr\.?|number|nummer|date|datum|dato))(?:[ \t]*\/[\p{L} .]{0,24})?$/iu;

/** Tax and registration numbers and customer codes by their labels, perhaps glossed ("P.IVA / VAT no.:"), opening a line, then a value with a digit. */
const NUMBER_FIELD =
  /^(?:p\.?[ \t]*iva|partita[ \t]+iva|vat[ \t]*(?:no\.?|number|reg(?:istration)?\.?(?:[ \t]+no\.?)?|id)|ust-?id(?:nr)?\.?|steuer-?nr\.?|n[°º]?[ \t]*tva|tva[ \t]+intra\S*|nif|cif|nipc|btw(?:-?nummer|[ \t]+nr\.?)?|kvk|abn|ein|tax[ \t]+id|codice[ \t]+(?:cliente|fiscale)|customer[ \t]+(?:code|no\.?|number)|kunden-?nr\.?|code[ \t]+client)(?![\p{L}])(?:[ \t]*\/[ \t]*[\p{L} .-]{2,30}?)?[ \t]*[:.]?[ \t]*(?=[\p{L}\d-]{0,4}[ \t]?\d)/iu;

/** Whether a cell after a party's label is another column's heading rather than a name. */
export function isShipmentHeading(cell: string): boolean {
  return SHIPMENT_HEADING.test(cell.trim()) || DOCUMENT_FIELD_HEADING.test(cell.trim());
}

/** Whether a line read as a party's name is a number field instead. */
export function isNumberField(line: string): boolean {
  return NUMBER_FIELD.test(line.trim());
}

/** A code alone, letters and figures in one word ("ORCH01", "KD-10442"), perhaps after an account's "A/c": an account or customer number, no name. */
const CODE_ONLY = /^(?:(?:a\/c|acct\.?)[ \t]+)?(?=[\p{L}-]*\d)(?=[\d-]*\p{L})[\p{L}\d-]{3,}$/iu;

/** Whether a value read after a party's label is a code rather than a name. */
export function isCodeOnly(value: string): boolean {
  return CODE_ONLY.test(value.trim());
}
