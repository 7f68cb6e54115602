/**
 * Round 22 part M2: a signature under "With best wishes," or a Nordic / Central European closing ("Med venlig
 * hilsen", "Mange hilsner / best regards", "S pozdravem") names the vendor, and a Nordic greeting ("Hej Jonas,")
 * at the top of a mail is no letterhead. Invented texts, with near misses.
 */
import { CLOSING } from '../../worker/providers/local/entity-closing';
import { vendorOf } from '../helpers/decision-lines';

describe('closings of more languages', () => {
  it.each([
    'With best wishes,', 'With kind regards,', 'Kindest regards,', 'Med venlig hilsen', 'Venlig hilsen,', 'Mange hilsner / best regards',
    'Med vennlig hilsen', 'Med vänliga hälsningar', 'Ystävällisin terveisin', 'S pozdravem', 'Z poważaniem', 'Srdačan pozdrav,',
  ])('reads %s as a closing', (line) => {
    expect(CLOSING.test(line)).toBe(true);
  });

  it.each(['With best wishes for the new workshop', 'Hilsen Bakeri ApS', 'Venlig hilsen fra os alle i Hørsholm Tømrer', 'Pozdrav Trgovina d.o.o.', 'Best Wishes Cards Ltd, Unit 4'])(
    'near miss: %s is not a closing alone on its line',
    (line) => {
      expect(CLOSING.test(line)).toBe(false);
    },
  );

  it('takes the trading name under a Danish closing, not the greeting at the top', () => {
    const lines = [
      'Hej Sofie,', '', 'Here is the invoice for the window repairs, as promised.', '', 'Invoice 2026-44, date 03.06.2026', '',
      'Two panes replaced, 2 x 1.450,00 kr. = 2.900,00 kr.', 'Total DKK 2.900,00', '', 'Mange hilsner / best regards', 'Rasmus Holm', 'Holm Glas & Ramme ApS · Vesterbrogade 9, 1620 København V',
    ];
    expect(vendorOf(lines)).toBe('Holm Glas & Ramme ApS');
  });

  it('takes the trading name under "With best wishes," over the writer', () => {
    const lines = ['Dear Mr Pell,', '', 'Invoice 77, dated 2 March 2026, for the hedge work: £240.00 in total.', '', 'With best wishes,', 'Ruth Dale', 'Dale Garden Services', '12 Mill Lane, Ripon'];
    expect(vendorOf(lines)).toBe('Dale Garden Services');
  });

  it('near miss: a letterhead firm at the top stays the vendor', () => {
    const lines = ['Holm Glas & Ramme ApS', 'Vesterbrogade 9, 1620 København V', '', 'Faktura 2026-44', 'Kunde: Kvist Bolig A/S', '', 'Total DKK 2.900,00', '', 'Med venlig hilsen', 'Rasmus Holm'];
    expect(vendorOf(lines)).toBe('Holm Glas & Ramme ApS');
  });
});
