/**
 * A business's footer line without a legal form: its name, then its address or bank and its tax
 * number (three parts at least), parted by " · ", " | " or " — " ("Pixelgrove Studio · 5 Clifton Arcade, Bristol · VAT GB 402 118 557",
 * "Carraig Accountancy Services | VAT No. IE 4471820S | IBAN ..."). Only a firm shows a tax number
 * under its name at the foot of its own invoice; read where nothing else names the vendor (see
 * entity-party-footer, which wants a legal form).
 */
import type { FoundParty } from './entity-parties';
import { leadingName, looksLikeName, wholeSegmentIsName } from './entity-party-names';
import { splitLines } from './entity-text';

/** How many of the last filled lines a footer may take. */
const FOOTER_LINES = 2;
/** Between a footer's parts. */
const SEPARATOR = /[ \t]+[·|•—][ \t]+/u;
/** A tax or registration number's label opening a part: "VAT No.", "VAT GB", "USt-IdNr.", "ABN", "SIRET", "KvK", "BTW". */
/** Also the VAT and registration labels of the Baltic, Slavic, Nordic and Central European languages: Latvian "PVN" and "Reģ. Nr.", */
/** Lithuanian "PVM", Slovenian "ID za DDV", Czech and Slovak "DIČ", "IČO", "IČ DPH", Polish "NIP", Finnish "ALV", Norwegian "MVA", Danish and Swedish "moms", Icelandic "VSK", Estonian "KMKR", Hungarian "adószám". */
/** Canada's and Quebec's sales tax numbers too: "TPS 812204471 RT0001", "TVQ 1228830441 TQ0001", "HST", "QST". */
export const TAX_PART = /^(?:vat|gst|hst|qst|tps|tvq|tvh|abn|acn|ust-?id(?:nr)?\.?|uid|steuer-?nr\.?|steuernummer|siret|siren|tva|kvk|btw|nif|cif|p\.?\s?iva|company\s+n[o0]|pvn|pvm|reģ\.?|id\s+za\s+ddv|ddv|dič|ičo|ič\s+dph|nip|alv|mva|moms|vsk|kmkr|adószám)(?![\p{L}])/iu;

export function taxFooterVendor(text: string, known: FoundParty[]): FoundParty[] {
  const names = new Set(known.map((party) => party.name));
  const lines = splitLines(text).filter((line) => line.text.trim());
  for (const line of lines.slice(-FOOTER_LINES)) {
    const parts = line.text.trim().split(SEPARATOR);
    // The name, its address or bank, and its tax number: three parts at least ("Groenhart Taalwerk · KvK 74120388" alone is too little).
    if (parts.length < 3 || !parts.slice(1).some((part) => TAX_PART.test(part.trim()))) continue;
    const first = (parts[0] ?? '').trim();
    const name = leadingName(first);
    // Two words or more, all of the first part: "Pixelgrove Studio", not "Invoices" nor "Paid with thanks".
    if (!name.includes(' ') || !looksLikeName(name) || !wholeSegmentIsName(first, name) || /\d/u.test(name) || names.has(name)) continue;
    const start = line.start + line.text.indexOf(name);
    return [{ role: 'vendor', name, start, end: start + name.length, text: name, generic: true }];
  }
  return [];
}
