import { isKoyoError, KoyoError } from "../errors";

/**
 * A ledger value is read by the shared input parsers, which name an *argument*
 * (引数「週所定労働時間」に…). Inside a table the user looks for a *column*, so the message is
 * re-worded to 列「週所定労働時間」に… ; anything that is not a KoyoError is a bug and passes unchanged.
 */
export function asColumnError(thrown: unknown, header: string): unknown {
  if (!isKoyoError(thrown)) return thrown;
  const argumentPrefix = `引数「${header}」`;
  if (!thrown.message.startsWith(argumentPrefix)) return thrown;
  return new KoyoError(thrown.code, `列「${header}」${thrown.message.slice(argumentPrefix.length)}`);
}
