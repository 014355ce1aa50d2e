/**
 * Typed-array space for one query. A typed array of more than a few dozen bytes gets its own
 * off-heap buffer (an allocation outside the JavaScript heap, freed later by the collector): at a
 * few per query word (the unit masks, each form's occurrences) that cost more than filling them.
 * search() takes views of two buffers instead and resets them for the next query; the buffers grow
 * by replacement, so views handed out before a growth keep their old buffer and stay valid.
 * Callers that keep their arrays beyond one query (tests, tools) pass no arena and get fresh arrays.
 */
export interface Arena {
  ints: Int32Array;
  intsUsed: number;
  bytes: Uint8Array;
  bytesUsed: number;
}

export function newArena(): Arena {
  return { ints: new Int32Array(1 << 16), intsUsed: 0, bytes: new Uint8Array(1 << 14), bytesUsed: 0 };
}

/** Everything taken since the last reset is free again (its views must no longer be used). */
export function resetArena(arena: Arena): void {
  arena.intsUsed = 0;
  arena.bytesUsed = 0;
}

/** `length` Int32 slots (contents undefined), from the arena or, without one, a new array. */
export function takeInts(arena: Arena | undefined, length: number): Int32Array {
  if (!arena) return new Int32Array(length);
  if (arena.intsUsed + length > arena.ints.length) {
    arena.ints = new Int32Array(Math.max(arena.ints.length * 2, length));
    arena.intsUsed = 0;
  }
  const view = arena.ints.subarray(arena.intsUsed, arena.intsUsed + length);
  arena.intsUsed += length;
  return view;
}

/** `length` bytes, all 0, from the arena or, without one, a new array. */
export function takeZeroedBytes(arena: Arena | undefined, length: number): Uint8Array {
  if (!arena) return new Uint8Array(length);
  if (arena.bytesUsed + length > arena.bytes.length) {
    arena.bytes = new Uint8Array(Math.max(arena.bytes.length * 2, length));
    arena.bytesUsed = 0;
  }
  const view = arena.bytes.subarray(arena.bytesUsed, arena.bytesUsed + length);
  arena.bytesUsed += length;
  view.fill(0);
  return view;
}

/** The first `used` slots of `view`, the last array taken from `arena`; the rest is given back. */
export function keepInts(arena: Arena | undefined, view: Int32Array, used: number): Int32Array {
  if (arena) arena.intsUsed -= view.length - used;
  return used === view.length ? view : view.subarray(0, used);
}
