/**
 * A bank and its account where a payee should stand, in a payment sentence (`bankPayee`) or after a
 * payment label (`namesAnAccount`): either names no party.
 *
 * "bonifico / transfer to Credito Valtellinese, IBAN IT72 ...", "Überweisung an Sparkasse Ulm, IBAN DE..":
 * the money goes to an account at a bank, and the sentence names the bank, not the payee. A name that is
 * a bank's (a word of banking in it) with the account's IBAN, number or BIC after it on its line is no vendor.
 * Near misses: a business whose name only starts like a bank word ("Bankside Joinery"), and a bank word with
 * no account after it ("payable to Credit Hire Solutions Ltd"), stay payees.
 */

/** Words that make a name a bank's, in the languages the readers know. */
const BANK_WORD =
  /(?<![\p{L}])(?:bank|banka|banca|banco|banque|bankas|credito|crédito|crédit|sparkasse|volksbank|raiffeisen(?:bank)?|caixa|caja|cassa|spaarbank|rabobank|sparbank|sparebank)(?![\p{L}])/iu;
/**
 * The words that name a bank account, its number or its bank's code, in the languages the readers know: one
 * list for both readers below, so that a word learnt for one is known to the other.
 */
const ACCOUNT_WORDS = String.raw`iban|a\/c|acc(?:oun)?t|konto(?:-?nr|nummer)?|kontonr|kto|rekening(?:nummer)?|compte|conto|conta|cuenta|bic|swift|sort[ \t]+code`;
/** The account after the bank's name: its IBAN, number or BIC, perhaps after a comma or dash. */
const ACCOUNT_WORD = new RegExp(String.raw`[ \t]*[,;:–-]?[ \t]*(?<![\p{L}])(?:${ACCOUNT_WORDS})(?![\p{L}])`, 'iu');

/**
 * Whether the payee `name` read from `raw` (the text after "to") is a bank holding the account: a bank's
 * name, then the account on its line (read into the name when no comma parted them: "Credito Bergamasco IBAN IT60").
 */
export function bankPayee(raw: string, name: string): boolean {
  const line = raw.trimStart().split('\n')[0] ?? '';
  const account = ACCOUNT_WORD.exec(line);
  if (!account) return false;
  const bank = line.slice(0, account.index).trim();
  // The bank's name may end before its branch: "BDO Unibank, Makati Ayala branch, account 0071 ..." (see `bankBeforeAccount`).
  return (bank.length > 0 && name.startsWith(bank) && (BANK_WORD.test(bank) || ibanCodeOfBank(bank, line))) || bankBeforeAccount(line, name);
}

/** An IBAN whose bank code is letters, as Irish, British and Dutch IBANs carry it: "IE64 AIBK 9330 ...", "NL91 ABNA 0417 ...". */
const IBAN_BANK_CODE = /(?<![\p{L}])IBAN[ \t:]*[A-Z]{2}\d{2}[ \t]?(?<code>[A-Z]{4})/u;

/**
 * "Payment to AIB, IBAN IE64 AIBK ...": a bank's initials that open the bank code of the IBAN after them name the bank,
 * with no banking word in them. Not "Payment to KMA, IBAN IE64 AIBK ...", the payee's own initials.
 */
function ibanCodeOfBank(bank: string, line: string): boolean {
  if (!/^[A-Z]{2,4}$/u.test(bank)) return false;
  const code = IBAN_BANK_CODE.exec(line)?.groups?.code;
  return code !== undefined && code.startsWith(bank);
}

/**
 * A payment line's "Pay to:" may give the bank and the account rather than the payee: "Betales til / Pay
 * to: DNB kontonr. / account 8601.11.17947", "Remit to: Barclays a/c 40-11-62 31926754". A party's name
 * never carries an account word followed by the account's number, so such a value names no one (and the
 * vendor is read elsewhere, e.g. from the letterhead). A name that merely contains the word ("Oakridge
 * Vance LLP Operating Account") or a short number after it ("Account 360 Consulting") is not touched.
 */
/** An account word (perhaps abbreviated, perhaps glossed "kontonr. / account") and then a number of four digits or more. */
const ACCOUNT_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:${ACCOUNT_WORDS})\.?(?:[ \t]*\/[ \t]*(?:account|acct|a\/c)\.?)?[ \t]*(?:no\.?|nr\.?|number|n[°º])?[ \t]*[:#]?[ \t]*\d(?:[ ./-]?\d){3}`,
  'iu',
);

export function namesAnAccount(name: string): boolean {
  return ACCOUNT_NUMBER.test(name);
}

/** A bank's name compounded on "bank" ("BDO Unibank", "Landesbank", "Nordbank"), as well as the bank words above. */
const BANK_COMPOUND = /\p{L}bank(?![\p{L}])/iu;

/**
 * "Remit to BDO Unibank, Makati Ayala branch, account 0071 2234 5567": a payment label's value that is a
 * bank's name (a bank word, or a word compounded on "bank") with an account number later on its line names
 * the bank, not the payee. `line` is the label's line from the name on. Near misses: the bank word without
 * an account number after it ("Remit to Riverbank Joinery Ltd"), and an account number after a name with no
 * bank word ("Remit to Acme Ltd, account 1234 5678"), stay payees.
 */
export function bankBeforeAccount(line: string, name: string): boolean {
  if (!line.startsWith(name) || (!BANK_WORD.test(name) && !BANK_COMPOUND.test(name))) return false;
  return ACCOUNT_NUMBER.test(line.slice(name.length));
}
