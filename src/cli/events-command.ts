import { InputError } from "../errors.ts";
import { rebuildEvents } from "../loader/regroup-events.ts";
import { withDatabase } from "./with-database.ts";

/**
 * `actorgraph events --rebuild`: every event again from the relations. The loader keeps events up to date; this
 * is for a graph loaded before events existed (an offline import rebuilds them itself).
 */
export async function eventsCommand(options: { readonly rebuild?: boolean }): Promise<number> {
  if (!options.rebuild) throw new InputError("actorgraph events: say --rebuild to group every relation anew");
  return withDatabase(async ({ driver, database }) => {
    const started = Date.now();
    const { pairs, events } = await rebuildEvents(driver, database);
    console.log(
      `Rebuilt ${events} event(s) over ${pairs} pair(s) of actors in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    return 0;
  });
}
