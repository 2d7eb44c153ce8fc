/**
 * A bad argument: the command prints it on one line and exits with status 2. In a module of its
 * own so that a command can check its arguments, and print --help, before it loads the engine.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
