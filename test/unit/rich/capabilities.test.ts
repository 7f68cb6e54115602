/** What a chat request needs, what each provider offers, and the reason a target is passed over. */
import type { ChatJob } from '../../../shared/chat-job';
import { chatCapabilitiesOf, missingCapability, requiredCapabilities } from '../../../shared/chat-capabilities';

const base: Pick<ChatJob, 'messages'> = { messages: [{ role: 'user', content: 'hi' }] };
const tool = { name: 'f', parameters: { type: 'object' } };

describe('chat capabilities', () => {
  it('a plain chat needs nothing', () => {
    expect(requiredCapabilities(base)).toEqual([]);
  });

  it('tools need tool calling unless the choice is none; a conversation holding tool calls needs it too', () => {
    expect(requiredCapabilities({ ...base, tools: [tool] })).toEqual(['tools']);
    expect(requiredCapabilities({ ...base, tools: [tool], toolChoice: 'none' })).toEqual([]);
    const history: ChatJob['messages'] = [
      { role: 'user', content: 'q' },
      { role: 'assistant', content: '', toolCalls: [{ id: 'c', name: 'f', arguments: '{}' }] },
      { role: 'tool', toolCallId: 'c', toolName: 'f', content: 'r' },
    ];
    expect(requiredCapabilities({ messages: history })).toEqual(['tools']);
  });

  it('images and each JSON mode are needs of their own', () => {
    const image: ChatJob['messages'] = [{ role: 'user', content: [{ type: 'image', url: 'data:image/png;base64,AA==' }] }];
    expect(requiredCapabilities({ messages: image, responseFormat: { type: 'json_object' } })).toEqual(['images', 'json']);
    expect(requiredCapabilities({ ...base, responseFormat: { type: 'json_schema', name: 'x', schema: {} } })).toEqual(['jsonSchema']);
  });

  it('reads the provider row; Claude counts as JSON-capable (emulated), NVIDIA-reached providers as NVIDIA, local as nothing, extra servers as OpenAI-shaped', () => {
    expect(chatCapabilitiesOf({ name: 'claude', credentialSource: 'native' })).toEqual({ tools: true, images: true, json: true, jsonSchema: true });
    expect(chatCapabilitiesOf({ name: 'gemini', credentialSource: 'nvidia' }).images).toBe(false);
    expect(chatCapabilitiesOf({ name: 'huggingface', credentialSource: 'native' })).toMatchObject({ tools: true, images: false });
    expect(chatCapabilitiesOf({ name: 'local', credentialSource: 'none' })).toEqual({ tools: false, images: false, json: false, jsonSchema: false });
    expect(chatCapabilitiesOf({ name: 'my-vllm', credentialSource: 'none' })).toEqual({ tools: true, images: true, json: true, jsonSchema: true });
  });

  it('states what is missing', () => {
    expect(missingCapability({ tools: true, images: true, json: true, jsonSchema: true }, ['tools', 'images'])).toBeUndefined();
    expect(missingCapability({ tools: false, images: false, json: true, jsonSchema: true }, ['tools', 'images'])).toBe(
      'skipped: the request needs tool calling and image input, which this provider does not offer',
    );
  });
});
