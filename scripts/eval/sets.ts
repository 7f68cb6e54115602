/**
 * The labelled sets the eval reports on, each separately: the project's own fixtures (written
 * alongside the rules), the two halves of the hold-out set and its second development set `dev2`
 * (all written without reading the rules), and `dev3`, development cases written from the task
 * definitions by a helper that did read the rules (so it is no independent test), `dev4`, a third
 * independently written development set of invoices, `dev5`, a fourth one weighted to the
 * boundaries between decisions, `dev6`, a fifth one of invoices in real-life layouts, `dev7`, a
 * sixth one weighted to languages and boundaries, `dev8`, a seventh one of required fields in rare
 * layouts, `dev9`, an eighth one at the boundaries of NEEDS_INFO, `dev10`, a ninth one of complete
 * invoices in unfamiliar labels, layouts and countries, `dev11`, a tenth one at the boundary between
 * PASS and NEEDS_INFO, `dev12`, an eleventh one of complete invoices with their fields placed as real
 * senders place them, `dev13`, a twelfth one of the invoices small businesses receive, `dev14`, a thirteenth
 * one of bilingual, flattened-column, prose-itemised and OCR-damaged invoices, `dev15`, a fourteenth one
 * of the same four kinds by another hand (Italian/English exporters, freight and customs invoices with
 * interleaved columns, scanned professional-services invoices, tradespeople's prose), and `dev16`, a
 * fifteenth one of the same four kinds weighted to complete invoices (stacked, side-by-side and
 * column-printed bilingual labels in six languages, label rows over value rows, summary tables and
 * totals boxes, scans with split labels and lost spaces, items in mails and letters), and `dev17`, a
 * sixteenth one of invoices as they arrive across the kinds the earlier sets cover least (mail bodies,
 * credit notes, deposits and balances, receipts, quotes, packing slips, pro formas and statements,
 * totals in words, MXN/JPY/PLN/SEK), `dev18`, a seventeenth one of bilingual invoices whose missing
 * field has a near miss beside it (placeholders, delivery and order dates, ship-to blocks, VAT numbers
 * without names, DDT numbers, pro formas) and of flattened multi-column freight, customs and wholesale
 * invoices, `dev19`, an eighteenth one of invoices with their line items written in prose by
 * tradespeople, freelancers and small firms, and of scanned professional-services invoices with OCR
 * damage, and `dev20`, a nineteenth one of the same four kinds by another hand, balanced across
 * decisions (bilingual makers' and exporters' invoices, multi-column forwarders', hauliers',
 * wholesalers' and agencies' invoices read line by line, items in prose in mails and letters, and
 * scanned consulting, legal, accounting and engineering invoices), `dev21`, a twentieth one of
 * the same four kinds weighted to complete invoices (bilingual makers' invoices with bill-to and ship-to
 * blocks, or a ship-to block alone, flattened forwarders', agents', brokers' and wholesalers' headers,
 * tradespeople's items in sentences under a trading name, and scanned professional-services invoices with
 * contact persons and roles), `dev22`, a twenty-first of the same
 * four kinds balanced across decisions (two-language exporters' invoices from eight countries with near
 * misses beside the missing field, label rows over value rows in warehousing, customs and agency invoices,
 * items and discounts in cleaners', tutors' and freelancers' prose, and scanned fee notes and Honorarnoten),
 * `dev23`, a twenty-second of the same four kinds balanced across decisions (ceramics, textile, food and
 * machinery makers' two-language invoices from six countries, some naming the buyer only under a VAT-registered
 * name label, flattened freight, port-agency, cold-store and wholesale headers, sole traders' items in mails and
 * letters, and scanned consultancies' and professional firms' letters, including a credit note),
 * and `dev24`, a twenty-third of the same four kinds weighted to complete invoices (exporters' invoices from
 * eight countries with every label in two languages, flattened haulage, cold-store, customs, print and agency
 * headers, tradespeople's and freelancers' items in sentences, and scanned professional-services invoices),
 * and `dev25`, a twenty-fourth of the same four kinds balanced across decisions (ceramics, textile, food and
 * machinery makers' two-language invoices from six countries, some with only a delivery address or a registered
 * company name, flattened freight, warehousing, agency and wholesale headers and charge tables, sole traders'
 * items in prose in four languages, and scanned consultancies' and professional firms' letters),
 * and `dev26`, a twenty-fifth of the same four kinds weighted to complete invoices (makers' and exporters'
 * invoices from eight countries in EUR, DKK, HUF, GBP and USD, flattened forwarders', line agents', warehouses',
 * brokers', printers' and hire firms' headers, sole traders' items and totals in prose, and scanned accountants',
 * engineers', lawyers' and agencies' invoices),
 * and `dev27`, a twenty-sixth of the same four kinds balanced across decisions (makers' and growers' invoices in
 * Swedish, Dutch, Polish, Czech, Greek, Norwegian, German, Spanish, Italian and French with English, in SEK, CZK,
 * NOK and EUR, flattened wholesalers', hire, laundry, scaffolding, timber, pest-control, chandlery and sign makers'
 * invoices, one with its table emitted column by column, items in Markdown tables, numbered lists, job dockets and
 * service reports, and scanned architects', surveyors', property managers', vets', physiotherapists', test
 * laboratories' and auditors' invoices),
 * and `dev28`, a twenty-seventh of the same four kinds weighted to complete invoices (exporters' and makers' invoices
 * with labels in two languages from ten countries in EUR, SEK, NOK, JPY and USD, some with two VAT rates, flattened
 * ship chandlers', AV-hire, trucking, stevedoring, laundry, signage, stand-building, cleaning, pest-control and
 * valve distributors' headers, tradespeople's and freelancers' items in mails, letters, lists and Markdown tables,
 * and scanned architects', patent attorneys', notaries', surveyors', vets', dental labs', auditors' invoices),
 * and `dev29`, a twenty-eighth of the same four kinds balanced across decisions (makers' invoices with labels in two
 * languages from Finland, Hungary, Estonia, Latvia, Lithuania, Slovakia, Slovenia, Iceland, Brazil and Indonesia in
 * EUR, HUF, ISK, USD and IDR, flattened maintenance, translation, machining, air-charter, catering, bell-foundry, solar,
 * contact-centre and cooperage headers with parties side by side, in prose or only in a footer, tradespeople's and
 * freelancers' items in prose, bullet lists and tables with every kind of arithmetic error, and scanned conservators',
 * actuaries', pilots', transcription, acoustics, interpreters', court-reporting, archive, search and inspection invoices),
 * and `dev30`, a further one of the same four kinds weighted to complete invoices (makers' invoices with labels in
 * Hungarian, Lithuanian, Estonian, Finnish, Bulgarian, Korean, Vietnamese, Indonesian, Ukrainian and Icelandic beside
 * English, flattened Slovak, Indian GST, UAE, Chilean, Malaysian, Serbian, Moroccan, Philippine, Georgian and Egyptian
 * invoices, items in lists, sentences, letters and Markdown tables, and scanned professional-services invoices),
 * and `dev31`, a thirtieth of the same four kinds balanced across decisions (invoices from forty countries and regions
 * new to dev29 and dev30: labels in Swahili, Russian, Maltese, Afrikaans, French and Spanish beside English, mails, letters,
 * till-style receipts, headers read across, label rows over value rows, and scans with damaged labels),
 * and `dev32`, a thirty-first spread over the halves' own categories as the test half is (OCR noise, flattened columns,
 * e-mails, bilingual and foreign-language invoices, parties in prose, line items, amounts in words, currencies, credit
 * notes, partial payments, documents that are not invoices), weighted to complete invoices,
 * `dev33`, a thirty-second over the same categories weighted further to complete invoices (24 PASS of 40),
 * `dev34`, a thirty-third of the same mix by another hand, in other countries, languages and layouts,
 * `dev35`, a thirty-fourth of the same mix as small firms send it (Slovenian, Croatian, Estonian, Lithuanian, Icelandic,
 * Maltese, Luxembourgish, Catalan and Latin American invoices, numbers only in a mail's subject, bill-to beside ship-to),
 * `dev36`, a thirty-fifth weighted to the PASS / NEEDS_INFO boundary from both sides (20 / 6 / 14: each missing
 * field beside a look-alike, each complete invoice looking incomplete at first sight; Greek, Bulgarian, Slovak, Latvian),
 * `dev37`, a thirty-sixth weighted to complete invoices whose figures look contradictory and are not (discounts,
 * shipping, several tax rates, prices including tax, withholding taxes, rounding lines, deposits; 24 / 8 / 8),
 * `dev38`, a thirty-seventh in the halves' own mix of categories and languages (14 / 13 / 13),
 * and `dev39`, a thirty-eighth of dev37's weight in the layouts invoices arrive in (section subtotals, carried-forward
 * page totals, per-line discounts, four-decimal prices, hours and minutes, deposits and eco-fees, VAT summaries; 24 / 8 / 8).
 * The test half is reported as a summary only, so that nobody tunes the rules on its cases.
 */
import { join } from 'node:path';

export interface EvalSet {
  name: string;
  dir: string;
  /** `summary`: agreement and confusion tables only, no per-category table and no case details. */
  detail: 'full' | 'summary';
}

export function standardSets(root: string): EvalSet[] {
  const holdout = join(root, 'test', 'fixtures', 'decisions-holdout');
  return [
    { name: 'fixtures', dir: join(root, 'test', 'fixtures', 'documents'), detail: 'full' },
    { name: 'holdout-dev', dir: join(holdout, 'dev'), detail: 'full' },
    { name: 'holdout-dev2', dir: join(holdout, 'dev2'), detail: 'full' },
    { name: 'holdout-dev3', dir: join(holdout, 'dev3'), detail: 'full' },
    { name: 'holdout-dev4', dir: join(holdout, 'dev4'), detail: 'full' },
    { name: 'holdout-dev5', dir: join(holdout, 'dev5'), detail: 'full' },
    { name: 'holdout-dev6', dir: join(holdout, 'dev6'), detail: 'full' },
    { name: 'holdout-dev7', dir: join(holdout, 'dev7'), detail: 'full' },
    { name: 'holdout-dev8', dir: join(holdout, 'dev8'), detail: 'full' },
    { name: 'holdout-dev9', dir: join(holdout, 'dev9'), detail: 'full' },
    { name: 'holdout-dev10', dir: join(holdout, 'dev10'), detail: 'full' },
    { name: 'holdout-dev11', dir: join(holdout, 'dev11'), detail: 'full' },
    { name: 'holdout-dev12', dir: join(holdout, 'dev12'), detail: 'full' },
    { name: 'holdout-dev13', dir: join(holdout, 'dev13'), detail: 'full' },
    { name: 'holdout-dev14', dir: join(holdout, 'dev14'), detail: 'full' },
    { name: 'holdout-dev15', dir: join(holdout, 'dev15'), detail: 'full' },
    { name: 'holdout-dev16', dir: join(holdout, 'dev16'), detail: 'full' },
    { name: 'holdout-dev17', dir: join(holdout, 'dev17'), detail: 'full' },
    { name: 'holdout-dev18', dir: join(holdout, 'dev18'), detail: 'full' },
    { name: 'holdout-dev19', dir: join(holdout, 'dev19'), detail: 'full' },
    { name: 'holdout-dev20', dir: join(holdout, 'dev20'), detail: 'full' },
    { name: 'holdout-dev21', dir: join(holdout, 'dev21'), detail: 'full' },
    { name: 'holdout-dev22', dir: join(holdout, 'dev22'), detail: 'full' },
    { name: 'holdout-dev23', dir: join(holdout, 'dev23'), detail: 'full' },
    { name: 'holdout-dev24', dir: join(holdout, 'dev24'), detail: 'full' },
    { name: 'holdout-dev25', dir: join(holdout, 'dev25'), detail: 'full' },
    { name: 'holdout-dev26', dir: join(holdout, 'dev26'), detail: 'full' },
    { name: 'holdout-dev27', dir: join(holdout, 'dev27'), detail: 'full' },
    { name: 'holdout-dev28', dir: join(holdout, 'dev28'), detail: 'full' },
    { name: 'holdout-dev29', dir: join(holdout, 'dev29'), detail: 'full' },
    { name: 'holdout-dev30', dir: join(holdout, 'dev30'), detail: 'full' },
    { name: 'holdout-dev31', dir: join(holdout, 'dev31'), detail: 'full' },
    { name: 'holdout-dev32', dir: join(holdout, 'dev32'), detail: 'full' },
    { name: 'holdout-dev33', dir: join(holdout, 'dev33'), detail: 'full' },
    { name: 'holdout-dev34', dir: join(holdout, 'dev34'), detail: 'full' },
    { name: 'holdout-dev35', dir: join(holdout, 'dev35'), detail: 'full' },
    { name: 'holdout-dev36', dir: join(holdout, 'dev36'), detail: 'full' },
    { name: 'holdout-dev37', dir: join(holdout, 'dev37'), detail: 'full' },
    { name: 'holdout-dev38', dir: join(holdout, 'dev38'), detail: 'full' },
    { name: 'holdout-dev39', dir: join(holdout, 'dev39'), detail: 'full' },
    { name: 'holdout-test', dir: join(holdout, 'test'), detail: 'summary' },
  ];
}
