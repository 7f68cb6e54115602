/**
 * The clients applications use for tools and structured output, against the gateway's Chat
 * Completions endpoint: the Vercel AI SDK (`createOpenAI().chat(id)`: generateText with tools,
 * streamText, generateObject) and LangChain's ChatOpenAI (`bindTools`, `withStructuredOutput`).
 */
import { createOpenAI } from '@ai-sdk/openai';
import { ChatOpenAI } from '@langchain/openai';
import { generateObject, generateText, streamText, tool } from 'ai';
import { z } from 'zod';
import type { OpenAIHarness } from './helpers';
import { startRichHarness } from './rich-helpers';

const Weather = z.object({ city: z.string() });
const Trip = z.object({ city: z.string(), pets: z.boolean() });

describe('AI SDK and LangChain clients', () => {
  let h: OpenAIHarness;
  let baseURL: string;

  beforeAll(async () => {
    h = await startRichHarness();
    baseURL = `${h.gw.url}/v1`;
  });
  afterAll(async () => {
    await h.stop();
  });

  describe('the AI SDK, createOpenAI({baseURL}).chat(id)', () => {
    const chat = (id: string) => createOpenAI({ baseURL, apiKey: 'x' }).chat(id);

    it.each(['openai', 'claude', 'gemini', 'mistral'])('generateText with a tool gets the call through %s', async (provider) => {
      const result = await generateText({ model: chat(`${provider}/mock-ok`), prompt: 'Weather in Lyon?', tools: { weather: tool({ description: 'The weather', inputSchema: Weather }) }, maxRetries: 0 });
      expect(result.finishReason).toBe('tool-calls');
      expect(result.toolCalls.map((c) => [c.toolName, c.input])).toEqual([['weather', { city: 'mock' }]]);
    });

    it('streamText assembles the streamed tool call', async () => {
      const result = streamText({ model: chat('claude/mock-ok'), prompt: 'Weather?', tools: { weather: tool({ inputSchema: Weather }) }, maxRetries: 0 });
      const calls = await result.toolCalls;
      expect(calls.map((c) => [c.toolName, c.input])).toEqual([['weather', { city: 'mock' }]]);
      expect(await result.finishReason).toBe('tool-calls');
    });

    it('runs a tool loop: the tool result goes back and the final text quotes it', async () => {
      const result = await generateText({
        model: chat('openai/mock-ok'),
        prompt: 'Weather?',
        tools: { weather: tool({ inputSchema: Weather, execute: async () => ({ forecast: 'sunny' }) }) },
        stopWhen: ({ steps }) => steps.length >= 2,
        maxRetries: 0,
      });
      expect(result.text).toBe('mock answer: tool weather returned {"forecast":"sunny"}');
    });

    it.each(['openai', 'gemini', 'claude'])('generateObject gets an instance of the schema through %s', async (provider) => {
      const { object } = await generateObject({ model: chat(`${provider}/mock-ok`), schema: Trip, prompt: 'Plan a trip', maxRetries: 0 });
      expect(object).toEqual({ city: 'mock', pets: true });
    });
  });

  describe("LangChain's ChatOpenAI", () => {
    const model = (id: string) => new ChatOpenAI({ model: id, apiKey: 'x', configuration: { baseURL }, maxRetries: 0 });

    it.each(['openai', 'claude', 'compat'])('bindTools gets a tool call through %s', async (provider) => {
      const reply = await model(`${provider}/mock-ok`)
        .bindTools([{ name: 'weather', description: 'The weather', schema: Weather }])
        .invoke('Weather in Lyon?');
      expect(reply.tool_calls?.map((c) => [c.name, c.args])).toEqual([['weather', { city: 'mock' }]]);
    });

    it.each(['openai', 'gemini', 'claude'])('withStructuredOutput gets an instance of the schema through %s', async (provider) => {
      const trip = await model(`${provider}/mock-ok`).withStructuredOutput(Trip, { name: 'trip' }).invoke('Plan a trip');
      expect(trip).toEqual({ city: 'mock', pets: true });
    });

    it('withStructuredOutput by function calling works too', async () => {
      const trip = await model('mistral/mock-ok').withStructuredOutput(Trip, { name: 'trip', method: 'functionCalling' }).invoke('Plan a trip');
      expect(trip).toEqual({ city: 'mock', pets: true });
    });
  });
});
