/**
 * A payment line's "Pay to:" may give the bank and the account rather than the payee: "Betales til / Pay
 * to: DNB kontonr. / account 8601.11.17947", "Remit to: Barclays a/c 40-11-62 31926754". A party's name
 * never carries an account word followed by the account's number, so such a value names no one (and the
 * vendor is read elsewhere, e.g. from the letterhead). A name that merely contains the word ("Oakridge
 * Vance LLP Operating Account") or a short number after it ("Account 360 Consulting") is not touched.
 */

/** An account word (perhaps abbreviated, perhaps glossed "kontonr. / account") and then a number of four digits or more. */
const ACCOUNT_NUMBER =
  /(?<![\p{L}])(?:konto(?:-?nr|nummer)?|kontonr|kto|account|acct|a\/c|iban|rekening(?:nummer)?|compte|conto|cuenta|conta)\.?(?:[ \t]*\/[ \t]*(?:account|acct|a\/c)\.?)?[ \t]*(?:no\.?|nr\.?|number|n[°º])?[ \t]*[:#]?[ \t]*\d(?:[ ./-]?\d){3}/iu;

export function namesAnAccount(name: string): boolean {
  return ACCOUNT_NUMBER.test(name);
}
