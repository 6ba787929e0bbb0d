/** Groups of words customers use for the same thing, seeded into the editable synonym list. PLACEHOLDER: replaced by its owner. */
export const shippedSynonyms: string[][] = [];
