/**
 * The gallery's page cursor: the (createdAt, id) of the last generation on a page. Paging by createdAt alone
 * skipped generations that share a millisecond with a page's last one; the id breaks the tie, in the same
 * order the list is sorted by. The browser treats the encoded cursor as an opaque string.
 */
export type ListCursor = { createdAt: number; id: string };

export function encodeCursor(cursor: ListCursor): string {
  return `${cursor.createdAt}.${cursor.id}`;
}

/** Undefined for anything that is not a cursor this app wrote. */
export function decodeCursor(value: string): ListCursor | undefined {
  const match = /^(\d{1,16})\.([A-Za-z0-9_-]{1,100})$/.exec(value);
  if (!match?.[1] || !match[2]) return undefined;
  return { createdAt: Number(match[1]), id: match[2] };
}
