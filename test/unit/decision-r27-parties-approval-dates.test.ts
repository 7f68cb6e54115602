/**
 * Round 27: a vendor now found on an Austrian printer's invoice ("... & Partner OG") exposed the dates beside it read
 * as the invoice's: a proof's approval ("Druckfreigabe 09.04.2026") and a delivery ("Lieferung 14.04.2026") are
 * neither. Invented texts; the near misses keep their own labels.
 */
import { scanDocument } from '../../worker/providers/local/entity-scan';

const labelsOf = (lines: string[]) => scanDocument(lines.join('\n')).dates.map((date) => date.label);

describe('an approval and a delivery beside the invoice number', () => {
  it('reads "Druckfreigabe" as an approval and "Lieferung" as a delivery, not the issue date', () => {
    expect(labelsOf(['Druckerei Wallner OG', 'Rechnungs-Nr. DW-1', 'Druckfreigabe 09.04.2026   Lieferung 14.04.2026'])).toEqual(['signed', 'delivery']);
  });

  it('still reads "Rechnungsdatum" as the issue date, and "Lieferungsbedingungen" as no delivery label', () => {
    expect(labelsOf(['Rechnungsdatum: 15.04.2026'])).toEqual(['issue']);
    expect(labelsOf(['Lieferungsbedingungen 15.04.2026'])).not.toContain('delivery');
  });
});
