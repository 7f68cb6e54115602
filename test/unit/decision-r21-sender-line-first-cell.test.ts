/**
 * A window envelope's sender line over a flattened header: the customer's name opens the next line,
 * the invoice's field headings after it, and a line below opens with a street or postcode. Invented
 * texts; near misses have no sender line, the sender's own name, no heading after the name, no
 * address below, or no legal form.
 */
import { senderLineFirstCellCustomer } from '../../worker/providers/local/entity-party-flat-cells';

function names(lines: string[]): string[] {
  return senderLineFirstCellCustomer(lines.join('\n')).map((party) => party.name);
}

const SENDER = 'Brenner Transporte GmbH · Am Kanal 8 · 90402 Nürnberg Rechnung';

describe('flattened window address: the first cell under a sender line', () => {
  it.each([
    [[SENDER, 'Steinwald Möbelbau GmbH Rechnung Nr. Datum Kunden-Nr.', 'Einkauf BT-2211 04.05.2026 K-118', 'Lagerstraße 2 Leistungszeitraum Seite', '91054 Erlangen 01.04.2026 1/1'], 'Steinwald Möbelbau GmbH'],
    [['Harbour Print Ltd · 4 Quay St · Truro TR1 2AB INVOICE', 'Pellow & Dunne Ltd Invoice No. Date', 'Accounts HP-118 02/03/2026', '12 Fore Street Terms', 'Bodmin PL31 2AB 30 days'], 'Pellow & Dunne Ltd'],
  ])('reads %#', (lines, expected) => {
    expect(names(lines)).toEqual([expected]);
  });

  it.each([
    // No sender line over it.
    [['Brenner Transporte GmbH Rechnung', 'Steinwald Möbelbau GmbH Rechnung Nr. Datum', 'Einkauf BT-2211 04.05.2026', 'Lagerstraße 2']],
    // The sender's own name again.
    [[SENDER, 'Brenner Logistik GmbH Rechnung Nr. Datum', 'Einkauf BT-2211 04.05.2026', 'Lagerstraße 2']],
    // No field heading after the name: another reader's window address.
    [[SENDER, 'Steinwald Möbelbau GmbH Einkauf', 'Lagerstraße 2', '91054 Erlangen']],
    // No street or postcode opening a line below.
    [[SENDER, 'Steinwald Möbelbau GmbH Rechnung Nr. Datum', 'Einkauf BT-2211 04.05.2026', 'Leistung Menge Preis']],
    // No legal form: perhaps a department.
    [[SENDER, 'Abteilung Einkauf Rechnung Nr. Datum', 'BT-2211 04.05.2026', 'Lagerstraße 2']],
  ])('reads nothing in near miss %#', (lines) => {
    expect(names(lines)).toEqual([]);
  });
});
