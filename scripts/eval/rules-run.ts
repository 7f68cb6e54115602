/** The rule engine's decision on a fixture, through the same task code the offline provider runs. */
import { decisionSchema, type Decision } from '../../shared/task-schemas';
import { getTask } from '../../worker/tasks/registry';
import { taskFor, type Fixture } from './fixtures';

export async function rulesDecision(fixture: Fixture): Promise<Decision> {
  const task = getTask(taskFor(fixture));
  if (!task?.offline) throw new Error(`task ${taskFor(fixture)} has no offline implementation`);
  const options = task.options.parse(fixture.options);
  const raw = task.offline(fixture.text, options);
  if (raw === undefined) throw new Error(`the rule engine declined fixture ${fixture.id}`);
  const output = await task.parse(raw, {
    text: fixture.text,
    options,
    provider: 'local',
    repair: () => Promise.reject(new Error('the rule engine is never repaired')),
  });
  return decisionSchema.parse(output.decision);
}
