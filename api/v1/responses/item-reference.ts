/**
 * `item_reference` items that name the gateway's own output items, read back from the stored
 * response they belong to: the AI SDK's default provider sends earlier assistant text this way
 * (store is on by default) in a multi-step tool loop. `msg_<hex>` is the text of response
 * `resp_<hex>`, `fc_<hex>_<n>` its n-th function call; only this caller's stored responses count.
 */
import type { ToolCall } from '../../../shared/chat-job';
import type { InputItem, ResponsesRequest } from './schemas';
import type { ResponseStore } from './store';

export type Referenced = { kind: 'message'; text: string } | { kind: 'call'; call: ToolCall };

const MESSAGE = /^msg_([0-9a-f]{32})$/;
const CALL = /^fc_([0-9a-f]{32})_(\d{1,3})$/;

async function lookUp(id: string, store: ResponseStore, caller: string): Promise<Referenced | undefined> {
  const message = MESSAGE.exec(id);
  const call = CALL.exec(id);
  const hex = message?.[1] ?? call?.[1];
  if (hex === undefined) return undefined;
  const answer = (await store.conversation(`resp_${hex}`, caller))?.at(-1);
  if (answer?.role !== 'assistant') return undefined;
  if (message) return { kind: 'message', text: answer.content };
  const made = answer.toolCalls?.[Number(call?.[2])];
  return made ? { kind: 'call', call: made } : undefined;
}

const referenceId = (item: InputItem): string | undefined => (item.type === 'item_reference' && typeof item.id === 'string' ? item.id : undefined);

/** The referenced items of `input` that could be found, by id. */
export async function referencedItems(input: ResponsesRequest['input'], store: ResponseStore, caller: string): Promise<Map<string, Referenced>> {
  const found = new Map<string, Referenced>();
  if (typeof input === 'string') return found;
  for (const id of new Set(input.map(referenceId))) {
    if (id === undefined) continue;
    const item = await lookUp(id, store, caller);
    if (item) found.set(id, item);
  }
  return found;
}
