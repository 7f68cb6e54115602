import type { RunningProcess } from '../../helpers/processes';

/** One JSON log line of a gateway process, as the outage-logging tests count them. */
export interface LogLine {
  level: string;
  message: string;
}

/** The JSON log lines a process has written since offset `from` of its output. */
export function logLinesSince(proc: RunningProcess, from = 0): LogLine[] {
  return proc
    .output()
    .slice(from)
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as LogLine);
}
