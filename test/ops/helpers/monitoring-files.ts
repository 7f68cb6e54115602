/** Loads the monitoring/ files the tests check: alert rules, the Grafana dashboard, and every PromQL in them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(__dirname, '..', '..', '..');
export const MONITORING = join(ROOT, 'monitoring');
export const PROMETHEUS_CONFIG = join(MONITORING, 'prometheus', 'prometheus.yml');
export const ALERT_RULES = join(MONITORING, 'prometheus', 'alerts.yml');
export const ALERT_TESTS = join(MONITORING, 'prometheus', 'alerts.test.yml');
export const DASHBOARD = join(MONITORING, 'grafana', 'dashboards', 'ai-gateway-overview.json');

export interface AlertRule {
  alert: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export function alertRules(): AlertRule[] {
  const doc = parse(readFileSync(ALERT_RULES, 'utf8')) as { groups: { rules: AlertRule[] }[] };
  return doc.groups.flatMap((g) => g.rules);
}

export interface DashboardPanel {
  id: number;
  type: string;
  title: string;
  datasource?: { type: string; uid: string };
  gridPos: { h: number; w: number; x: number; y: number };
  targets?: { refId: string; expr: string }[];
}

export interface Dashboard {
  uid: string;
  title: string;
  panels: DashboardPanel[];
}

export function dashboard(): Dashboard {
  return JSON.parse(readFileSync(DASHBOARD, 'utf8')) as Dashboard;
}

/** Every PromQL expression the rules and the dashboard evaluate, with where it came from. */
export function allExpressions(): { where: string; expr: string }[] {
  const fromRules = alertRules().map((r) => ({ where: `alert ${r.alert}`, expr: r.expr }));
  const fromPanels = dashboard().panels.flatMap((p) => (p.targets ?? []).map((t) => ({ where: `panel "${p.title}"`, expr: t.expr })));
  return [...fromRules, ...fromPanels];
}
