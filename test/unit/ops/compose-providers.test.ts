/**
 * docker-compose.yml against the provider table: the API, the migration and every worker get
 * each row's variables from the operator's shell or .env, so a provider added to the table can
 * be configured in the stack without editing anything else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseConfig } from '../../../shared/config';
import { PROVIDER_DESCRIPTORS } from '../../../shared/providers/descriptors';

interface Service {
  environment?: Record<string, string | number | boolean>;
}

const ROOT = join(__dirname, '..', '..', '..');
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
const rowVariables: string[] = PROVIDER_DESCRIPTORS.flatMap((d) => Object.values(d.env));

describe('docker-compose.yml and the provider table', () => {
  it('knows some variables to check', () => {
    expect(rowVariables).toEqual(expect.arrayContaining(['OPENAI_API_KEY', 'OPENAI_MODEL', 'OPENAI_BASE_URL', 'OPENAI_NVIDIA_MODEL', 'NVIDIA_API_KEY']));
  });

  it.each(['migrate', 'api', 'worker'])('passes every provider row\'s variables through to %s, unset when the operator sets nothing', (name) => {
    const environment = Object.fromEntries(Object.entries(compose.services[name]?.environment ?? {}).map(([k, v]) => [k, String(v)]));
    for (const variable of rowVariables) expect({ variable, value: environment[variable] }).toEqual({ variable, value: `\${${variable}:-}` });
  });

  it('leaves every row at its defaults when nothing is set (empty counts as unset)', () => {
    const unset = Object.fromEntries(rowVariables.map((v) => [v, '']));
    const config = parseConfig(unset);
    for (const d of PROVIDER_DESCRIPTORS) expect(config.providers[d.name]).toMatchObject({ credential: undefined, model: d.defaultModel, baseUrl: undefined });
  });
});
