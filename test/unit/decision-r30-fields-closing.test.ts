/**
 * An Irish closing ("Go raibh maith agat,") opens the signature that names the firm a mail is sent for (round 30,
 * hold-out dev37), not the person in its "From:" header. The texts are invented; the near miss is a sentence of
 * thanks in the body.
 */
import { fieldsOf } from '../helpers/decision-lines';

describe('an Irish closing opens the signature', () => {
  const mail = (closing: string) => [
    'From: Séamus Ó Briain <seamus@dinglekayaks.ie>',
    'To: office@ventryschool.ie',
    'Subject: Invoice DKH-0012',
    '',
    'Dia dhuit,',
    '',
    'Attached is invoice DKH-0012, dated 4 May 2026, for the kayak hire.',
    'Invoice to: Ventry National School, Ventry, Co. Kerry',
    'Due date: 18 May 2026',
    '',
    closing,
    'Séamus',
    'Dingle Kayak Hire, Dingle, Co. Kerry',
  ];

  it.each(['Go raibh maith agat,', 'Go raibh míle maith agaibh,'])('%s', (closing) => {
    expect(fieldsOf(mail(closing)).vendor).toBe('Dingle Kayak Hire');
  });

  it('near miss: a sentence of thanks in the body is no closing', () => {
    expect(fieldsOf(mail('Go raibh maith agat for the booking, we look forward to it.')).vendor).not.toBe('Dingle Kayak Hire');
  });
});
