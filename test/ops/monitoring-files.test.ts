/** monitoring/: Prometheus config and alert rules pass promtool; the Grafana dashboard is well formed. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ALERT_RULES, ALERT_TESTS, MONITORING, PROMETHEUS_CONFIG, alertRules, dashboard } from './helpers/monitoring-files';
import { metricNamesIn } from './helpers/prom-text';

const promtool = spawnSync('promtool', ['--version'], { encoding: 'utf8' });
const havePromtool = promtool.status === 0;
if (!havePromtool) {
  // .ci/run installs it (Debian package `prometheus`); locally: apt-get install prometheus.
  process.stderr.write('promtool is not installed: skipping the promtool checks (apt-get install prometheus)\n');
}
const withPromtool = havePromtool ? it : it.skip;

function runPromtool(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync('promtool', args, { encoding: 'utf8', cwd: MONITORING });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('Prometheus files', () => {
  withPromtool('promtool check config accepts prometheus.yml (and the rule files it names)', () => {
    const result = runPromtool('check', 'config', PROMETHEUS_CONFIG);
    expect(result.output).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });

  withPromtool('promtool check rules accepts the alert rules', () => {
    const result = runPromtool('check', 'rules', ALERT_RULES);
    expect(result.status).toBe(0);
  });

  withPromtool('promtool test rules: each alert fires on its scenario', () => {
    const result = runPromtool('test', 'rules', ALERT_TESTS);
    expect(result.output).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });

  it('scrapes the API and the workers as separate jobs', () => {
    const config = parse(readFileSync(PROMETHEUS_CONFIG, 'utf8')) as { scrape_configs: { job_name: string }[] };
    expect(config.scrape_configs.map((s) => s.job_name)).toEqual(expect.arrayContaining(['ai-gateway-api', 'ai-gateway-worker']));
  });

  it('has the alerts operators need, each with a severity and a summary', () => {
    const rules = alertRules();
    const byName = new Map(rules.map((r) => [r.alert, r]));
    expect(byName.get('AiGatewayDeploymentOpen')?.expr).toContain('ai_circuit_state');
    expect(byName.get('AiGatewayProviderErrorRatioHigh')?.expr).toContain('ai_provider_errors_total');
    expect(byName.get('AiGatewayQueueBacklogGrowing')?.expr).toContain('ai_queue_jobs');
    expect(byName.get('AiGatewayNoWorkerUp')?.expr).toContain('up{job="ai-gateway-worker"}');
    expect(byName.get('AiGatewayTasksFailingAfterAllProviders')?.expr).toContain('all_providers_failed');
    for (const rule of rules) {
      expect(rule.labels?.severity).toMatch(/^(warning|critical)$/);
      expect(rule.annotations?.summary).toBeTruthy();
    }
  });
});

describe('Grafana provisioning', () => {
  it('provisions a Prometheus datasource with the uid the dashboard uses', () => {
    const file = parse(readFileSync(join(MONITORING, 'grafana', 'provisioning', 'datasources', 'prometheus.yml'), 'utf8')) as {
      datasources: { uid: string; type: string; url: string }[];
    };
    const uids = new Set(file.datasources.filter((d) => d.type === 'prometheus').map((d) => d.uid));
    for (const panel of dashboard().panels.filter((p) => p.type !== 'row')) {
      expect(uids.has(panel.datasource?.uid ?? '')).toBe(true);
    }
  });

  it('loads dashboards from the folder docker-compose mounts', () => {
    const file = parse(readFileSync(join(MONITORING, 'grafana', 'provisioning', 'dashboards', 'ai-gateway.yml'), 'utf8')) as {
      providers: { type: string; options: { path: string } }[];
    };
    expect(file.providers[0]?.options.path).toBe('/var/lib/grafana/dashboards');
  });

  it('is the "AI Gateway Overview" dashboard: unique panel ids, a query in every panel, no overlapping panels', () => {
    const dash = dashboard();
    expect(dash.title).toBe('AI Gateway Overview');
    const ids = dash.panels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const cells = new Set<string>();
    for (const panel of dash.panels) {
      if (panel.type !== 'row') {
        expect(panel.targets?.length).toBeGreaterThan(0);
        for (const target of panel.targets ?? []) expect(metricNamesIn(target.expr).length).toBeGreaterThan(0);
      }
      const { x, y, w, h } = panel.gridPos;
      expect(x + w).toBeLessThanOrEqual(24);
      for (let row = y; row < y + h; row += 1) {
        for (let col = x; col < x + w; col += 1) {
          const cell = `${row}:${col}`;
          if (cells.has(cell)) throw new Error(`panel "${panel.title}" overlaps another at ${cell}`);
          cells.add(cell);
        }
      }
    }
  });
});
