/**
 * Round 21 part M: the person a sole trader greets with a courtesy title is the customer, title kept as
 * written (entity-party-titled-greeting); only where nothing else names the customer. Invented texts,
 * with near misses.
 */
import { titledAddresseeCustomer } from '../../worker/providers/local/entity-party-titled-greeting';
import { customerOf } from '../helpers/decision-lines';

const nameOf = (text: string) => titledAddresseeCustomer(text)[0]?.name ?? null;
const body = ['', 'Invoice GW-31, dated 4 March 2026. Four hours at £45.00 an hour, £180.00.', '', 'Kind regards,', 'Owain Pritchard', 'Glasfryn Windows'];

describe('the person greeted by title', () => {
  it('English title with a full name, or with a surname alone', () => {
    expect(customerOf(['Dear Mrs Eluned Carrow-Price,', ...body])).toBe('Mrs Eluned Carrow-Price');
    expect(customerOf(['Hi Mr Tobias Renshaw,', ...body])).toBe('Mr Tobias Renshaw');
    expect(customerOf(['Hello Mr. Ashcombe,', ...body])).toBe('Mr. Ashcombe');
  });

  it('German and Dutch titles before a full name, academic title kept', () => {
    expect(nameOf('Sehr geehrter Herr Dr. Konrad Ebersbach,\n\nanbei meine Rechnung.')).toBe('Herr Dr. Konrad Ebersbach');
    expect(nameOf('Geachte mevrouw Fenna van der Pol,\n\nHierbij mijn factuur.')).toBe('mevrouw Fenna van der Pol');
  });

  it('near miss: a German title before a surname alone is a clerk as often as a client', () => {
    expect(nameOf('Sehr geehrte Frau Kessler,\n\nanbei meine Rechnung.')).toBeNull();
  });

  it('near miss: greetings without a title, or to an office', () => {
    expect(nameOf('Hi Gareth,\n\nHere is the invoice.')).toBeNull();
    expect(nameOf('Dear Sir or Madam,\n\nHere is the invoice.')).toBeNull();
    expect(nameOf('Dear Mr President,\n\nHere is the invoice.')).toBeNull();
    expect(nameOf('Dear Mr Renshaw, thanks for the tea and the biscuits on Monday.')).toBeNull();
  });

  it('near miss: a customer named by a label is kept', () => {
    expect(customerOf(['Bill to: Pendle Valley Dairies Ltd', '', 'Dear Mrs Eluned Carrow-Price,', ...body])).toBe('Pendle Valley Dairies Ltd');
  });
});
