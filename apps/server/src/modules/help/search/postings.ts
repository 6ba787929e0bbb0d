/**
 * The documents one term occurs in, in document order, with its count per field packed into
 * one 31-bit integer (title 7 bits, tags 8 bits, body 16 bits). Typed arrays: 10,000 articles
 * in two languages make millions of entries.
 */
export class PostingList {
  docs = new Int32Array(4);
  counts = new Int32Array(4);
  length = 0;
  /** Documents that are still indexed (entries of removed documents stay until the next rebuild). */
  documentFrequency = 0;

  /** Appends a document; ids only grow, so the list stays sorted. */
  push(doc: number, packedCounts: number): void {
    if (this.length === this.docs.length) {
      const docs = new Int32Array(this.length * 2);
      docs.set(this.docs);
      this.docs = docs;
      const counts = new Int32Array(this.length * 2);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.docs[this.length] = doc;
    this.counts[this.length] = packedCounts;
    this.length++;
    this.documentFrequency++;
  }

  /** The packed counts of `doc`, or -1 when the term is not in it. */
  countsOf(doc: number): number {
    const docs = this.docs;
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = docs[middle] as number;
      if (value === doc) return this.counts[middle] as number;
      if (value < doc) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}

const TITLE_SHIFT = 24;
const TAGS_SHIFT = 16;
const TITLE_MAX = 0x7f;
const TAGS_MAX = 0xff;
const BODY_MAX = 0xffff;

export type Field = "title" | "tags" | "body";

/** One more occurrence in `field`, saturating (a word 70,000 times in a body counts as 65,535). */
export function addOccurrence(packed: number, field: Field): number {
  if (field === "title") return titleCountOf(packed) < TITLE_MAX ? packed + (1 << TITLE_SHIFT) : packed;
  if (field === "tags") return tagsCountOf(packed) < TAGS_MAX ? packed + (1 << TAGS_SHIFT) : packed;
  return bodyCountOf(packed) < BODY_MAX ? packed + 1 : packed;
}

export function titleCountOf(packed: number): number {
  return packed >>> TITLE_SHIFT;
}

export function tagsCountOf(packed: number): number {
  return (packed >>> TAGS_SHIFT) & TAGS_MAX;
}

export function bodyCountOf(packed: number): number {
  return packed & BODY_MAX;
}
