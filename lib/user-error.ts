/**
 * Thrown by an action's handler (or the library code it calls) for a problem the user can fix; `defineAction`
 * shows it as the form's message and saves nothing. Kept apart from lib/actions.ts so library code can throw it
 * without importing Next's request APIs.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}
