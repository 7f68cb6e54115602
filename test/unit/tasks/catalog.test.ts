/** The task catalogue (shared, what the API validates) and the worker's task definitions describe the same tasks. */
import { TASK_CATALOG, TASK_NAMES } from '../../../shared/tasks/catalog';
import { TASKS } from '../../../worker/tasks/registry';

describe('the task catalogue', () => {
  it('names the tasks the worker runs, in the same order', () => {
    expect([...TASKS.keys()]).toEqual(TASK_NAMES);
  });

  it.each(TASK_NAMES)('%s: the worker uses the catalogue\'s description and options, and can work offline exactly when it says so', (name) => {
    const task = TASKS.get(name);
    const entry = TASK_CATALOG[name];
    expect(task?.description).toBe(entry.description);
    expect(task?.options).toBe(entry.options);
    expect(typeof task?.offline === 'function').toBe(entry.offline);
  });

  it('does not offer the internal chat_completion task to callers', () => {
    expect(TASK_NAMES).not.toContain('chat_completion');
  });
});
