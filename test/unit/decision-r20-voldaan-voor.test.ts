/**
 * A Dutch letter asks to be paid by a day with "Graag voldaan vóór <date>" ("te voldoen uiterlijk op"):
 * that is the due date. "Voldaan op <date>" tells the day it was paid, and "voor" followed by other
 * words than the date ("voldaan voor de levering van 3 maart") names none. Invented text.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const letter = (ask: string) =>
  [
    'Aan: Stichting Het Zuiderlicht, Kerkstraat 4, 9711 AB Groningen',
    '',
    'Beste mevrouw Dijkstra,',
    '',
    'Hierbij factuur 2026-014 van 02-03-2026 voor het onderhoud van het orgel.',
    'Totaal exclusief btw € 200,00, btw 21% € 42,00, totaal te betalen € 242,00.',
    `${ask} op NL12 RABO 0123 4567 89 t.n.v. Orgelbouw Hiemstra.`,
    '',
    'Met vriendelijke groet,',
    'Sietse Hiemstra',
    'Orgelbouw Hiemstra',
  ].join('\n');

describe('"graag voldaan vóór" names the due date', () => {
  it.each([
    ['Graag voldaan vóór 16-03-2026', '2026-03-16'],
    ['Graag te voldoen uiterlijk op 16-03-2026', '2026-03-16'],
    ['Te voldoen voor 16-03-2026', '2026-03-16'],
  ])('%s', (ask, due) => {
    expect(decideInvoice(letter(ask)).fields.due_date).toBe(due);
  });

  it.each(['Voldaan op 16-03-2026', 'Graag voldaan voor de levering van 16-03-2026'])('near miss: %s names no due date', (ask) => {
    expect(decideInvoice(letter(ask)).fields.due_date).toBeNull();
  });
});
