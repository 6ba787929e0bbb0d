import { describe, expect, it } from "vitest";
import { normalizeReference, shapedReferences } from "./reference.js";

describe("bank references as people type them", () => {
  it("ignores case, spaces, dashes and full-width characters", () => {
    expect(normalizeReference(" sat-7k3m 9qpa ")).toBe("SAT7K3M9QPA");
    expect(normalizeReference("ＳＡＴ－７Ｋ３Ｍ９ＱＰＡ")).toBe("SAT7K3M9QPA");
  });

  it("finds references of the usual shape anywhere in a payment text, reading O as 0 and I or L as 1", () => {
    expect(shapedReferences("Invoice 42 / sat 7k3m-9qpa thanks")).toEqual(["SAT-7K3M9QPA"]);
    expect(shapedReferences("SAT-OOIL2345")).toEqual(["SAT-00112345"]);
    expect(shapedReferences("SAT-7K3M9QPA and SAT-AAAAAAAA")).toEqual(["SAT-7K3M9QPA", "SAT-AAAAAAAA"]);
    expect(shapedReferences("SAT-7K3")).toEqual([]);
    expect(shapedReferences("")).toEqual([]);
  });
});
