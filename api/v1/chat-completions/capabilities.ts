/**
 * Refuses at once a request that none of its targets can serve (tools to a route of models
 * without tool calling, say): it would only be queued to be skipped everywhere. When some target
 * can, the worker skips the others with the reason (worker/chain/deployments.ts).
 */
import { chatTiers, type ChatJob } from '../../../shared/chat-job';
import { chatCapabilitiesOf, missingCapability, requiredCapabilities } from '../../../shared/chat-capabilities';
import type { ProviderInfo } from '../../../shared/providers/status';
import { HttpError } from '../../http-error';

export function assertSomeTargetCan(chat: ChatJob, providers: ReadonlyMap<string, ProviderInfo>): void {
  const needs = requiredCapabilities(chat);
  if (needs.length === 0) return;
  const reasons = chatTiers(chat).flat().map((t) => {
    const info = providers.get(t.provider);
    return { target: `${t.provider}/${t.model}`, reason: info ? missingCapability(chatCapabilitiesOf(info), needs) : undefined };
  });
  if (reasons.some((r) => r.reason === undefined)) return;
  const first = reasons[0]?.reason ?? '';
  throw new HttpError('capability_unavailable', `no target of this request can serve it (${reasons.map((r) => r.target).join(', ')}): ${first.replace(/^skipped: /, '')}`, {
    details: { targets: reasons },
  });
}
