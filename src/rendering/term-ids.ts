let count = 0;

/** A build-wide counter: unique popover ids even when one page uses a term twice. */
export function nextTermNumber(): number {
  return ++count;
}
