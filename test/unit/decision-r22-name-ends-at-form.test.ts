/**
 * Round 22 part K2: in a flattened multi-column header a company's name ends at its legal form when
 * what follows on its line is another column's text. Invented texts, with near misses.
 */
import type { FoundParty } from '../../worker/providers/local/entity-parties';
import { withNameEndingAtForm } from '../../worker/providers/local/entity-party-form-end';

function cut(lines: string[], name: string): string {
  const text = lines.join('\n');
  const start = text.indexOf(name);
  const party: FoundParty = { role: 'customer', name, start, end: start + name.length, text: name };
  return withNameEndingAtForm(text, party).name;
}

describe('a name ending at its legal form', () => {
  it('drops a job site under a two-heading row', () => {
    const lines = ['Harbour Glaziers Pty Ltd TAX INVOICE', 'Client Location', 'Wattle Grove Bakery Pty Ltd Wattle Grove Bakery', '5 Mill St, Toowong QLD 4066'];
    expect(cut(lines, 'Wattle Grove Bakery Pty Ltd Wattle Grove Bakery')).toBe('Wattle Grove Bakery Pty Ltd');
  });

  it('drops a reference with a figure after the form, the label one line above the name', () => {
    const lines = ['Bill To: Vessel:', 'Ostrava Freight (Pty) Ltd MV Blue Heron / 0412S', 'Berth 3, Port Elizabeth'];
    const text = lines.join('\n');
    const name = 'Ostrava Freight (Pty) Ltd MV Blue Heron / 0412S';
    const party: FoundParty = { role: 'customer', name, start: 0, end: 10, text: 'Bill To:' };
    expect(withNameEndingAtForm(text, party).name).toBe('Ostrava Freight (Pty) Ltd');
    expect(text).toContain(name);
  });

  it('drops a cut-off next column\'s label whose figure stays on the line', () => {
    const lines = ['Cliente: Tornillería Arratia S.A. Pedido nº: P-2291', 'Calle Mayor 4, Durango'];
    expect(cut(lines, 'Tornillería Arratia S.A. Pedido')).toBe('Tornillería Arratia S.A.');
    expect(cut(['Invoice To Event', 'Quayside Optics Pte. Ltd. Harbour Hall, Level 2'], 'Quayside Optics Pte. Ltd. Harbour Hall')).toBe('Quayside Optics Pte. Ltd.');
  });

  it('near miss: words that carry the name on are kept', () => {
    expect(cut(['Customer Site', 'Kessler Bau GmbH & Co. KG Baustelle 4'], 'Kessler Bau GmbH & Co. KG')).toBe('Kessler Bau GmbH & Co. KG');
    expect(cut(['Bill To: Order:', 'Redgum Nominees Pty Ltd ATF Redgum Family Trust 12'], 'Redgum Nominees Pty Ltd ATF Redgum Family Trust')).toBe('Redgum Nominees Pty Ltd ATF Redgum Family Trust');
    expect(cut(['Customer: Aceros Norte S.A. de C.V. RFC: ANO010101AB1'], 'Aceros Norte S.A. de C.V.')).toBe('Aceros Norte S.A. de C.V.');
    expect(cut(['Bill To: PO:', 'Fenwick Holdings Ltd (in liquidation) 44'], 'Fenwick Holdings Ltd (in liquidation)')).toBe('Fenwick Holdings Ltd (in liquidation)');
    expect(cut(['Customer: Ref:', 'Brightwater Ltd UK Branch 7'], 'Brightwater Ltd UK Branch')).toBe('Brightwater Ltd UK Branch');
  });

  it('near miss: a line with no sign of another column keeps its words', () => {
    expect(cut(['Thank you for your order.', 'Marlow Ltd Partners Fund'], 'Marlow Ltd Partners Fund')).toBe('Marlow Ltd Partners Fund');
    expect(cut(['Bill To:', 'Marlow Ltd Partners Fund'], 'Marlow Ltd Partners Fund')).toBe('Marlow Ltd Partners Fund');
  });

  it('near miss: a name without a closing form is left alone', () => {
    expect(cut(['Customer Site', 'Wattle Grove Bakery Wattle Grove 12'], 'Wattle Grove Bakery Wattle Grove')).toBe('Wattle Grove Bakery Wattle Grove');
  });
});

describe('an addressee salutation after a letterhead name', () => {
  it('is the next column\'s heading', () => {
    expect(cut(['FERRAMENTA LAGHI S.R.L. Spett.le', 'Via Roma 3 Bellini S.p.A.'], 'FERRAMENTA LAGHI S.R.L. Spett.le')).toBe('FERRAMENTA LAGHI S.R.L.');
  });

  it('near miss: a salutation followed by more words is not a heading alone', () => {
    expect(cut(['Ferramenta Laghi S.r.l. Gentile Cliente', 'Via Roma 3'], 'Ferramenta Laghi S.r.l. Gentile Cliente')).toBe('Ferramenta Laghi S.r.l. Gentile Cliente');
  });
});
