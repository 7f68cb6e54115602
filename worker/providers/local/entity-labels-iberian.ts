/**
 * Labels of Catalan invoices (Catalonia, Valencia, the Balearics, Andorra) and Spanish wordings the Spanish
 * rules lacked: "Venciment:" and "Data de venciment" (the due date), "Base imposable" (the net the tax is
 * charged on), Andorra's "IGI" (Impost General Indirecte, its VAT) and the Canary Islands' "IGIC"; a Colombian
 * or Spanish "Pago hasta:" / "Pagar hasta el" (pay until), the due date.
 */
import { WORD_END } from './entity-text';

const E = WORD_END;

export const IBERIAN_DUE_LABELS = [`venciment${E}`, 'pagament\\s+abans\\s+de', `pag(?:o|ar|adero)\\s+hasta(?:\\s+el)?${E}`];
export const IBERIAN_SUBTOTAL_LABELS = [`base\\s+imposable${E}`];
export const IBERIAN_TAX_LABELS = [`IGIC?${E}`];
