/**
 * The documents one term occurs in, in document order, with its count per field packed into
 * one 32-bit number (title 8 bits, tags 8 bits, body 16 bits). Typed arrays keep 10,000
 * articles in two languages (hundreds of bigrams each) to tens of megabytes.
 */
export class PostingList {
  docs = new Int32Array(2);
  counts = new Uint32Array(2);
  length = 0;
  /** Documents that are still indexed (entries of removed documents stay until the next rebuild). */
  documentFrequency = 0;

  /** Appends a document; ids only grow, so the list stays sorted. */
  push(doc: number, titleCount: number, tagsCount: number, bodyCount: number): void {
    if (this.length === this.docs.length) {
      const docs = new Int32Array(this.length * 2);
      docs.set(this.docs);
      this.docs = docs;
      const counts = new Uint32Array(this.length * 2);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.docs[this.length] = doc;
    this.counts[this.length] = packCounts(titleCount, tagsCount, bodyCount);
    this.length++;
    this.documentFrequency++;
  }

  /** The packed counts of `doc`, or -1 when the term is not in it. */
  countsOf(doc: number): number {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = this.docs[middle] as number;
      if (value === doc) return this.counts[middle] as number;
      if (value < doc) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}

export function packCounts(title: number, tags: number, body: number): number {
  return ((Math.min(title, 255) << 24) | (Math.min(tags, 255) << 16) | Math.min(body, 0xffff)) >>> 0;
}

export function titleCountOf(packed: number): number {
  return packed >>> 24;
}

export function tagsCountOf(packed: number): number {
  return (packed >>> 16) & 0xff;
}

export function bodyCountOf(packed: number): number {
  return packed & 0xffff;
}
