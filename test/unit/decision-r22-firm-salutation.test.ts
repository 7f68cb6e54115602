/**
 * Round 22 part M2: a salutation to a firm run into the customer's name ("Exmos. Senhores X, S.A.",
 * "Spett.le X S.r.l.") is a courtesy, not part of the name. Invented texts, with near misses.
 */
import { withoutFirmSalutation } from '../../worker/providers/local/entity-name-salutation';
import type { FoundParty } from '../../worker/providers/local/entity-parties';

const customer = (name: string, role: FoundParty['role'] = 'customer'): FoundParty => ({ role, name, start: 0, end: name.length, text: name });
const nameOf = (name: string, role: FoundParty['role'] = 'customer') => withoutFirmSalutation(customer(name, role)).name;

describe('a salutation before a firm customer', () => {
  it.each([
    ['Exmos. Senhores Cortiças do Minho, Lda.', 'Cortiças do Minho, Lda.'],
    ['Exmo. Sr. Padaria Rosmaninho, S.A.', 'Padaria Rosmaninho, S.A.'],
    ['Spett.le Ferramenta Bocchi S.r.l.', 'Ferramenta Bocchi S.r.l.'],
    ['Messrs. Hallam & Pike Ltd', 'Hallam & Pike Ltd'],
    ['Sres. Harinas del Ebro S.L.', 'Harinas del Ebro S.L.'],
  ])('takes the salutation off %s', (written, name) => {
    expect(nameOf(written)).toBe(name);
  });

  it.each(['Messrs Hallam', 'Exmo. Sr. Joaquim Teixeira', 'Mrs Annwen Caradoc', 'Spettacoli Lirici S.r.l.', 'Exmouth Nets Ltd'])('near miss: keeps %s as written', (written) => {
    expect(nameOf(written)).toBe(written);
  });

  it('near miss: leaves a vendor alone', () => {
    expect(nameOf('Messrs. Hallam & Pike Ltd', 'vendor')).toBe('Messrs. Hallam & Pike Ltd');
  });
});
