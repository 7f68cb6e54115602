/**
 * Who issues and who receives a document: labelled blocks on invoices (in English, German, French,
 * Italian, Spanish, Dutch and Portuguese, bilingual "Lieferant / Supplier:" included), parties in
 * sentences ("Invoice from X to Y"), "between X and Y" in contracts, and, when nothing names them,
 * the letterhead and the address block. Where a label opens and how it matches is in
 * entity-party-label-match, the guards on what follows it in entity-party-guards.
 */
import { withoutColumnHeadings } from './entity-name-headings';
import { isCodeOnly, isNumberField, isShipmentHeading } from './entity-party-not-names';
import { isDocumentTitle } from './entity-party-title';
import { withoutHonorific } from './entity-name-honorific';
import { withoutFirmSalutation } from './entity-name-salutation';
import { bankBeforeAccount, namesAnAccount } from './entity-payee-bank';
import { withAbbreviationStop } from './entity-name-abbreviation-stop';
import { firmUnderAttention } from './entity-party-attention-firm';
import { foldText } from './entity-ocr';
import { contractParties, proseParties, salutationCustomer } from './entity-party-prose';
import { addressedCustomer, letterheadVendor } from './entity-letterhead';
import { withFullName } from './entity-full-name';
import { signatureVendor } from './entity-signature';
import { flattenedSenderLineCustomer, lastColumnCustomer, senderLineCustomer, windowAddressCustomer } from './entity-window-address';
import { chosenVendor, footerVendor, rightColumnVendor } from './entity-party-footer';
import { leadingName, looksLikeName, ROLE_OR_DEPARTMENT } from './entity-party-names';
import { ATTENTION_LINE, columnValueStart, nameAt, nameField, nextLineStart, organisationAbove, organisationInFirstCellAbove, organisationLine, restOfLine } from './entity-party-lines';
import { attentionCustomer, departmentBlockCustomer } from './entity-party-blocks';
import { headerRowParties, OTHER_PARTY_FIRST } from './entity-party-header-row';
import { columnHeaderCustomer } from './entity-party-columns';
import { captionedBlock } from './entity-party-caption';
import { nameBelowColumnHeading } from './entity-party-column-below';
import { deliveryGlossedShipTo, deliveryHeadingAbove, isAddressLine } from './entity-party-delivery-gloss';
import { columnBlockCustomer } from './entity-party-column-blocks';
import { withPlainCase } from './entity-party-case';
import { withFirmForClerk } from './entity-party-issuer-clerk';
import { withAddresseeAsCustomer } from './entity-party-honorific-role';
import { labelPattern, labelStarts, matchLabel, type LabelPattern } from './entity-party-label-match';
import {
  ACCOUNT_CODE_COLUMN, ACCOUNT_COLUMN, ANY_LABEL, BANK_NEARBY, FIELD_LABEL_FIRST, HOLDER_LABEL, LINE_HEAD, linesAround,
  NUMBER_FIELD_FIRST, otherColumnField, pastGlossCells, roleThenName, shipToAfterCustomerColumn,
} from './entity-party-guards';
import { firstNameOnlySender } from './entity-first-name-sender';
import { withoutAddressWord, withoutAttentionUnderCustomer } from './entity-party-person-firm';
import { tradingNameOfPayee } from './entity-payee';
import { invoiceForCustomer } from './entity-party-prose-for';
import { invoiceToCustomer } from './entity-party-prose-to';
import { deliveredToCustomer } from './entity-party-prose-delivered';
import { spacedLetterheadCustomer, spacedLetterheadVendor } from './entity-letterhead-spaced';
import { taxFooterVendor } from './entity-party-footer-tax';
import { registeredIssuerVendor } from './entity-party-registered-issuer';
import { CUSTOMER_LABELS, VENDOR_LABELS } from './entity-party-labels';
import { organisationName } from './entity-party-plain-label';
import { privateAddresseeCustomer } from './entity-party-addressee';
import { titledAddresseeCustomer } from './entity-party-titled-greeting';
import { teamGreetingCustomer } from './entity-party-team-greeting';
import { withTidiedName } from './entity-party-name-tidy';
import { withNameEndingAtForm } from './entity-party-form-end';
import { withCompoundForm } from './entity-party-form-compound';
import { billedPartyCustomer, weVendor } from './entity-party-prose-we';
import { withCustomerBesideSender } from './entity-party-from-to-row';
import { flatColumnCustomer, senderLineFirstCellCustomer, titleColumnCustomer } from './entity-party-flat-cells';
import { salutationColumnCustomer } from './entity-party-salutation-column';
import { handoverCustomer } from './entity-party-prose-handover';
import { fromLineCustomers, withoutContactBesideFirm } from './entity-party-from-to';
import { flatHeadingCustomer, TWO_WORD_LABEL_FIRST } from './entity-party-flat-heading';
import { companyFieldCustomer } from './entity-party-company-field';
import { firmBlockCustomer } from './entity-party-firm-block';
import { ownInvoicePurposeCustomer } from './entity-party-prose-purpose';
import { repeatedUnderHeadingsCustomer, withRunTogetherNameCut } from './entity-party-run-together';
import { qrBillPayeeVendor } from './entity-party-qr-bill';
import { withTitleRowParties } from './entity-party-title-row';
import { issuedToCustomer } from './entity-party-prose-issued';
import { openingSentenceParties } from './entity-party-prose-subject';
import { quotedSignatureVendor } from './entity-party-quoted-signature';
import { deliveryNoteCustomer } from './entity-party-delivery-note';
import { withoutCompanyNameField } from './entity-party-name-field-word';
import { withFooterLegalName } from './entity-party-footer-legal';
import { herebyBilledCustomer } from './entity-party-prose-hereby';
import { bookingGroupCustomer } from './entity-party-booking-group';
import { inQuotedHeader } from './entity-party-quoted-header';
import type { Span } from './entity-text';

export { CUSTOMER_LABELS, VENDOR_LABELS };

export type PartyRole = 'vendor' | 'customer' | 'party';

export interface FoundParty extends Span {
  role: PartyRole;
  name: string;
  /** Named by a generic label ("From:", "To:", "An:"), as mail headers also are: a weaker claim than "Supplier:". */
  generic?: boolean;
  /** A mail header's sender or addressee ("From: Bram Hoekstra <bram@...>"): the person who wrote, the weakest claim. */
  mailHeader?: boolean;
}

/** A header line of an e-mail: a generic label and an address on the same line. */
const MAIL_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;


const VENDOR_LABEL = labelPattern(VENDOR_LABELS);
/** Tested on folded text, where i reads l ("shlp to"). */
const GENERIC_LABEL = /^(?:from|to|for|von|an|de|da|van|aan|para|a|sh[il]p[\s-]*to)$/u;
/**
 * "For:" names the customer only with an organisation's name (a legal form, or three capitalised words), not "For: Website redesign";
 * so does a ship agent's "Principal:" (the owner it acts for), not a practice's "Principal: Jane Doe". Tested on folded text, where i reads l.
 */
const FOR_LABEL = /^(?:for|pr[il]nc[il]pal)$/u;
const CUSTOMER_LABEL = labelPattern(CUSTOMER_LABELS);

/** `folded` is `foldText(text)`: labels are matched there, names read from `text`. */
function labelled(text: string, folded: string, pattern: LabelPattern, role: PartyRole): FoundParty[] {
  const parties: FoundParty[] = [];
  for (const start of labelStarts(folded)) {
    const match = matchLabel(text, folded, pattern, start);
    if (!match) continue;
    const label = match.groups?.label ?? '';
    const labelStart = match.index;
    // "Ship to" in a header row after the customer's column heads the goods' address, not who is billed.
    if (role === 'customer' && shipToAfterCustomerColumn(folded, label, labelStart)) continue;
    // "DESTINATARIO MERCE / SHIP TO": a delivery block glossed in English (see entity-party-delivery-gloss).
    if (role === 'customer' && deliveryGlossedShipTo(folded, labelStart, labelStart + label.length)) continue;
    // "Account holder" and "Titular" are the payee among bank details (IBAN, sort code) and the customer on a utility's bill.
    if (HOLDER_LABEL.test(label.trim()) && BANK_NEARBY.test(linesAround(text, labelStart)) !== (role === 'vendor')) continue;
    // "Bill-to party   40012   Saddleback Mills Corporation": an account number in its own column before the name.
    const accountColumn = (/^account/u.test(label) ? ACCOUNT_CODE_COLUMN : ACCOUNT_COLUMN).exec(text.slice(match.index + match[0].length, match.index + match[0].length + 24));
    let name = nameAt(text, match.index + match[0].length + (accountColumn?.[0].length ?? 0));
    // "Cliente   Cliente   Customer   Residenza Altamura S.r.l.": the label again in other languages, then its value.
    name = pastGlossCells(text, folded, role, match[0], name);
    // "INVOICE TO   Account  QUA-07" over the name: a heading whose line goes on with another column's field.
    name = nameBelowColumnHeading(text, match[0], labelStart, name) ?? name;
    // "Code client : C-40317", "Kunde: 10023": a label with a number after it names no block below.
    if (!name && /\d/u.test(restOfLine(text, match.index + match[0].length))) continue;
    // A label with nothing after it, or with another label after it (a header row), names the block below.
    const valueLine = name ? restOfLine(text, name.start) : '';
    // "BILL TO NOTIFY PARTY" opening its line: a header row of party columns, read by `headerRowParties`
    // (after a vendor's name, "SOLD TO   SHIP TO" is read below as before).
    if (name && !/[:：]/u.test(match[0]) && OTHER_PARTY_FIRST.test(folded.slice(name.start, name.end)) && LINE_HEAD.test(text.slice(text.lastIndexOf('\n', labelStart - 1) + 1, labelStart))) continue;
    // "Odberateľ / Customer:   FAKTÚRA – DAŇOVÝ DOKLAD": after a colon, the title in the next column is no name either
    // (a label without one, "SHIP TO   INVOICE  FGW-70455", may caption a block of its own, as before).
    if (!name || ANY_LABEL.test(folded.slice(name.start, name.end)) || isShipmentHeading(text.slice(name.start, name.end)) || (/[:：]/u.test(match[0]) && isDocumentTitle(text.slice(name.start, name.end))) || FIELD_LABEL_FIRST.test(valueLine) || TWO_WORD_LABEL_FIRST.test(valueLine) || NUMBER_FIELD_FIRST.test(valueLine) || otherColumnField(text, labelStart, name.start)) {
      let below = nextLineStart(text, labelStart);
      // "Cessionario" over "Customer" over the name: the line below glosses the label in another language.
      if (below !== null && ANY_LABEL.test(folded.slice(below, below + restOfLine(text, below).length).trim())) below = nextLineStart(text, below);
      // A block of fields under the label names the party in one of them: "Denominazione: Officine Tramontin S.r.l.".
      const field = below === null ? null : nameField(text, below);
      const start = field ?? (below === null ? null : columnValueStart(text, labelStart, below));
      name = start === null ? null : nameAt(text, start);
      // Another field below is no name: "CNPJ do emitente: 27.418.903/0001-56" over "Inscrição municipal: 4.118.207-3".
      if (name && FIELD_LABEL_FIRST.test(restOfLine(text, name.start)) && !ATTENTION_LINE.test(restOfLine(text, name.start))) name = null;
      // "Customer" over "VAT no.: GB294771608": a number, no name.
      if (name && isNumberField(restOfLine(text, name.start))) name = null;
      // "Bill to:" over "Attn: John Smith" over "Harbour Cafe Ltd": the person comes before the company.
      if (name && ATTENTION_LINE.test(restOfLine(text, name.start))) {
        const next = nextLineStart(text, name.start);
        name = next === null ? null : nameAt(text, next);
      }
    }
    // "Lowbridge Care Homes Ltd" over "Attention: Priya Natarajan, Estates": the contact belongs to the organisation above.
    if (name && ATTENTION_LINE.test(text.slice(text.lastIndexOf('\n', labelStart - 1) + 1, labelStart + label.length))) {
      // Under a delivery heading ("Destinatario merce" over "c/o Fenwick Cold Store") the block is where goods go.
      if (deliveryHeadingAbove(text, labelStart)) continue;
      // In a flattened header the organisation heads the first column of the line above (see `organisationInFirstCellAbove`).
      const above = organisationAbove(text, labelStart) ?? organisationInFirstCellAbove(text, labelStart);
      if (above) name = above;
    }
    // "To: The Bursar, St Aldric's School": an office or a department first; the organisation follows it,
    // on the same line after a comma, or alone on the next line ("For the attention of Accounts Payable" over the company).
    // "Attn: Accounts Payable   Harlow Vending Supplies" flattened: the office, then another column's name
    // (no legal form after the office, which "Accounts Payable Services Ltd" has): the block names no party.
    if (name && roleThenName(text.slice(name.start, name.end))) name = null;
    while (name && ROLE_OR_DEPARTMENT.test(text.slice(name.start, name.end))) {
      const after = text.slice(name.end).match(/^[ \t]*,[ \t]*/u);
      const below = after || restOfLine(text, name.end).trim() ? null : nextLineStart(text, name.end);
      name = after ? nameAt(text, name.end + after[0].length) : below === null ? null : organisationLine(text, below);
    }
    // "Attn: Mrs Jenna Rowe, Finance Manager" over "Penwith Marine Engineering Ltd": the organisation billed (see entity-party-attention-firm).
    if (name && role === 'customer') name = firmUnderAttention(text, labelStart, name) ?? name;
    if (!name) continue;
    const value = text.slice(name.start, name.end);
    // "Tilbury RM18 7DF" under a "c/o" line: an address line is no name, nor does it caption a block.
    if (isAddressLine(value)) continue;
    // "Account:   ORCH01": a code is no name.
    // "Pay to: DNB kontonr. / account 8601.11.17947": a bank and its account name no one (see entity-payee-bank).
    // "Remit to BDO Unibank, ..., account 0071 2234 5567": the bank holding the account (see entity-payee-bank).
    if (!looksLikeName(leadingName(value) || value) || isCodeOnly(value) || namesAnAccount(value) || (role === 'vendor' && bankBeforeAccount(restOfLine(text, name.start), value))) {
      // "Client" opening the line under the block it captions, its own column holding a reference:
      // a caption has no colon, and is no everyday word ("For: boiler service" is a sentence).
      const caption = !/[:：]/u.test(match[0]) && !GENERIC_LABEL.test(folded.slice(labelStart, labelStart + label.length));
      const captioned = caption ? captionedBlock(text, labelStart) : null;
      if (captioned) parties.push({ role, name: captioned.name, start: captioned.start, end: captioned.start + captioned.name.length, text: captioned.name });
      continue;
    }
    if (FOR_LABEL.test(folded.slice(labelStart, labelStart + label.length)) && (leadingName(value) !== value || !organisationName(value))) continue;
    const generic = GENERIC_LABEL.test(folded.slice(labelStart, labelStart + label.length));
    // So is a quoted message's header line under "-----Original Message-----" (see entity-party-quoted-header).
    const mailHeader = generic && (MAIL_ADDRESS.test(restOfLine(text, labelStart)) || inQuotedHeader(text, labelStart));
    // The organisation above an attention line stands before its label, and is cited alone.
    const from = Math.min(labelStart, name.start);
    const party: FoundParty = { role, name: value, start: from, end: name.end, text: text.slice(from, name.end), ...(generic ? { generic } : {}), ...(mailHeader ? { mailHeader } : {}) };
    // A mail's sender known only by a first name from a personal mailbox names no vendor.
    if (!firstNameOnlySender(text, party)) parties.push(party);
  }
  return parties;
}

export function findParties(text: string, folded = foldText(text)): FoundParty[] {
  // A contact on the attention line under a customer's label belongs to that customer (see entity-party-person-firm).
  // "FROM: X Ltd TO: Y Ltd" on one line, and a contact's attention line beside a firm (see entity-party-from-to).
  const labelledParties = [...labelled(text, folded, VENDOR_LABEL, 'vendor'), ...labelled(text, folded, CUSTOMER_LABEL, 'customer')];
  const byLabel = withoutContactBesideFirm(text, withoutAttentionUnderCustomer(text, [...labelledParties, ...fromLineCustomers(text, labelledParties)]));
  const labelledLines = new Set(byLabel.map((party) => text.lastIndexOf('\n', party.start - 1) + 1));
  const rows = headerRowParties(text, folded, labelledLines);
  const found = [
    // A label's reading of a flattened line that holds a header row's name and more is that row's two names run together.
    ...(rows.length ? byLabel.filter((party) => !rows.some((row) => row.role === party.role && row.name !== party.name && party.name.includes(row.name))) : byLabel),
    ...rows,
    ...proseParties(text),
    ...contractParties(text),
  ];
  // "Vystavil / Issued by: Jana Novotná": the clerk; the letterhead's company is the vendor (see entity-party-issuer-clerk).
  withFirmForClerk(found, (others) => letterheadVendor(text, others));
  // The letterhead and the address block only stand in for parties nothing else names.
  // A mail's sender is who wrote it, which the letterhead of the invoice in it outranks.
  const has = (role: PartyRole) => found.some((party) => party.role === role && !party.mailHeader);
  if (!has('customer')) found.push(...attentionCustomer(text));
  if (!has('customer')) found.push(...departmentBlockCustomer(text));
  if (!has('customer')) found.push(...columnHeaderCustomer(text));
  if (!has('customer')) found.push(...senderLineCustomer(text));
  if (!has('customer')) found.push(...flattenedSenderLineCustomer(text));
  // "... INVOICE INVOICE TO" over "... Invoice No Date Orrin & Blake Ltd": the heading's cell, single blanks apart (see entity-party-flat-cells).
  if (!has('customer')) found.push(...flatColumnCustomer(text, folded));
  // "... BILL TO SHIP TO INVOICE" over "2200 Foundry Rd Tollcross Brewing Co. Tollcross Brewing Co. - Taproom": the name written twice (see entity-party-run-together).
  if (!has('customer')) found.push(...repeatedUnderHeadingsCustomer(text, folded));
  // "Bill To Due 09/11/2026" over "Acme Builders Ltd Site: 7 Quay Road": the name up to its legal form (see entity-party-flat-heading).
  if (!has('customer')) found.push(...flatHeadingCustomer(text));
  // "ALLESTIMENTI RIVA S.R.L. Spett.le" over "Via Lodi 4 — 20135 Milano Officine Brambilla S.r.l." (see entity-party-salutation-column).
  if (!has('customer')) found.push(...salutationColumnCustomer(text));
  // "Limfjord Skibsagentur ApS   FAKTURA / INVOICE   Baltrader Shipping OÜ": the title's cell between the blocks; its company outranks an attention line's contact (see entity-party-title-row).
  found.splice(0, found.length, ...withTitleRowParties(text, found));
  if (!has('customer')) found.push(...titleColumnCustomer(text));
  if (!has('customer')) found.push(...senderLineFirstCellCustomer(text));
  if (!has('customer')) found.push(...lastColumnCustomer(text, folded));
  if (!has('customer')) found.push(...addressedCustomer(text));
  if (!has('customer')) found.push(...salutationCustomer(text));
  if (!has('customer')) found.push(...windowAddressCustomer(text));
  // A firm's name with its legal form over its address, under a letterhead a scan has damaged (see entity-party-firm-block).
  if (!has('customer')) found.push(...firmBlockCustomer(text));
  if (!has('customer')) found.push(...spacedLetterheadCustomer(text));
  // "Invoice DHP-4471 dated 18 Nov 2026 for Glasthule School, due ...": a mail's sentence (see entity-party-prose-for).
  if (!has('customer')) found.push(...invoiceForCustomer(text));
  // "invoice RPC-22, dated 6 April 2026, to X", "Rechnung Nr. 31 vom ... an die X" (see entity-party-prose-to).
  if (!has('customer')) found.push(...invoiceToCustomer(text));
  // "invoice LBS-02, dated 18 May 2026, for the seaweed delivered on 15 May 2026 to X" (see entity-party-prose-delivered).
  if (!has('customer')) found.push(...deliveredToCustomer(text));
  // "... to the invoiced party, Indigo & Madder Home Textiles LLP, ...": the customer in apposition (see entity-party-prose-we).
  if (!has('customer')) found.push(...billedPartyCustomer(text));
  // "meine Rechnung an die X", "Invoice 41 — date ... — to X", "pour le compte de X SARL", "Invoice 118 for Dunne's Bakery" (see entity-party-prose-handover).
  if (!has('customer')) found.push(...handoverCustomer(text));
  // "mijn factuur 2026-58 van 4 november 2026 aan Uitgeverij Vlasblom voor de eindredactie" (see entity-party-prose-purpose).
  if (!has('customer')) found.push(...ownInvoicePurposeCustomer(text));
  // "invoice no. A-2026-211 issued on 22/06/2026 to Llagar Casa Xuaco for ..." (see entity-party-prose-issued).
  if (!has('customer')) found.push(...issuedToCustomer(text));
  // "We, X Pte. Ltd., hereby bill Marina Quay Hotel Pte. Ltd., ...": the billing verb's object (see entity-party-prose-hereby).
  if (!has('customer')) found.push(...herebyBilledCustomer(text));
  // "Group: Ruhr Tauchclub e.V., Essen (8 divers)": whom a booking is made for (see entity-party-booking-group).
  if (!has('customer')) found.push(...bookingGroupCustomer(text));
  // "DELIVERY NOTE" over "Destinatar / Consignee: X": on a delivery note, whom the goods go to (see entity-party-delivery-note).
  if (!has('customer')) found.push(...deliveryNoteCustomer(text));
  // "Tecnocaffè Ceresio Sagl serviced ... for Grand Café Riva SA, ...": the opening sentence's firm and whom it worked for (see entity-party-prose-subject).
  found.push(...openingSentenceParties(text).filter((party) => !has(party.role)));
  // "A S H D O W N    Q U A Y L E" at the top, "Ashdown Quayle Solicitors LLP" below: the plain copy (see entity-letterhead-spaced).
  if (!has('vendor')) found.push(...spacedLetterheadVendor(text));
  // A company's block in a column of a flattened header, beside the letterhead's or under it.
  if (!has('customer')) found.push(...columnBlockCustomer(text));
  // "Dear Mrs Philippa Okonedo-Hale,": the person a sole trader greets by title (see entity-party-titled-greeting).
  if (!has('customer')) found.push(...titledAddresseeCustomer(text));
  // "Hi Ridgeview Cider Works team,": the firm whose people a mail greets (see entity-party-team-greeting).
  if (!has('customer')) found.push(...teamGreetingCustomer(text));
  // "Dear Mr & Mrs Hale," in a tradesperson's letter naming no firm to bill: the household (see entity-party-addressee).
  if (!has('customer')) found.push(...privateAddresseeCustomer(text));
  // "Razón social / Registered company name: Linnenhuis Vermeer B.V." below the title (see entity-party-company-field).
  if (!has('customer')) found.push(...companyFieldCustomer(text));
  // "Konto / Zahlbar an" over the IBAN over the payee: a Swiss QR-bill's creditor, in full where the letterhead is a mark (see entity-party-qr-bill).
  if (!has('vendor')) found.push(...qrBillPayeeVendor(text));
  // "Raquettes Lac-Beauport" or a scan's "GALLARIJA W0RKS" at the top, the legal name on the registration line at the foot (see entity-party-footer-legal).
  if (!has('vendor')) found.push(...withFooterLegalName(text, letterheadVendor(text, found.filter((party) => !party.mailHeader))));
  if (!has('vendor')) found.push(...signatureVendor(text));
  // "> Diolch," over "> Tannau Teifi Harp Strings Ltd": the quoted mail's signature in a forward (see entity-party-quoted-signature).
  if (!has('vendor')) found.push(...quotedSignatureVendor(text));
  if (!has('vendor')) found.push(...footerVendor(text, found));
  // "Pixelgrove Studio · 5 Clifton Arcade · VAT GB 402 118 557": a footer's name with its tax number (see entity-party-footer-tax).
  if (!has('vendor')) found.push(...taxFooterVendor(text, found));
  // "Seki Hamono Kobo Co., Ltd." over its address over "登録番号 / Registration No.: T4200001023456": a qualified invoice's issuer (see entity-party-registered-issuer).
  if (!has('vendor')) found.push(...registeredIssuerVendor(text));
  if (!has('vendor')) found.push(...chosenVendor(text));
  if (!has('vendor')) found.push(...rightColumnVendor(text, found));
  // "We, Sanganer Hand Block Prints Pvt. Ltd., Plot 14, ...": the writer in apposition (see entity-party-prose-we).
  if (!has('vendor')) found.push(...weVendor(text));
  // A person paid in a sentence ("check payable to Daniel Harmon") who trades under a name carrying their surname: the business (see entity-payee).
  const payees = found.filter((party) => party.role === 'vendor' && !party.mailHeader);
  const trading = tradingNameOfPayee(payees, () => [...letterheadVendor(text, found.filter((party) => party.role !== 'vendor' && !party.mailHeader)), ...signatureVendor(text)]);
  if (trading && payees[0]) found.splice(found.indexOf(payees[0]), 1, trading);
  // A label and a sentence may name the same party ("Facturé à : X"); it is one party.
  const seen = new Set<string>();
  // A name read in capitals is cited as the text writes it plainly elsewhere (see `withPlainCase`), once
  // an honorific or a column's headings run into it are gone; an account's kind or a second-language name after it too (entity-party-name-tidy).
  // "... K.K. 御中": the addressee is the customer, though a letterhead reading took it (see entity-party-honorific-role).
  // "From: To:" over both names on one line: the customer is the name after the sender's (see entity-party-from-to-row).
  return withCustomerBesideSender(text, withPlainCase(text, withAddresseeAsCustomer(found).map((party) => (party.role === 'party' ? party : finishedName(text, party)))))
    .sort((a, b) => a.start - b.start)
    .filter((party) => {
      const key = `${party.role}\u0000${party.name}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * A party's name as found, tidied in order: a registered name's field word taken off, its full name, a legal
 * form's stop kept mid-sentence, then an honorific, a firm salutation, a column's headings and an address word
 * taken off, and the name ended at its legal form where another column's text follows (see each step's file).
 */
function finishedName(text: string, party: FoundParty): FoundParty {
  // "Geigenbau Overberg GmbH" written out elsewhere as "... GmbH & Co. KG": the whole compound form (see entity-party-form-compound).
  // "Receptor: Razón social Naviera Austral S.A.": the registered name's field word is no part of it (see entity-party-name-field-word).
  let named = withAbbreviationStop(text, withCompoundForm(text, withFullName(text, withoutCompanyNameField(party))));
  named = withoutColumnHeadings(withoutFirmSalutation(withoutHonorific(named)));
  // Under "Invoice To: Deliver To:", a name without a legal form run together with the delivery column's (see entity-party-run-together).
  return withRunTogetherNameCut(text, withNameEndingAtForm(text, withTidiedName(withoutAddressWord(named))));
}
