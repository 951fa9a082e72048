import path from "node:path";

/** Each spec with golden modules, and where they live (the example's are its committed outputs). */
export const goldenSpecs = [
  { spec: "examples/web-arm.yaml", golden: (_host: string, output: string) => path.join("examples", output) },
  { spec: "test/golden/fleet.yaml", golden: (host: string) => path.join("test/golden/fleet", `${host}.nix`) },
  { spec: "test/golden/shapes.yaml", golden: (host: string) => path.join("test/golden/shapes", `${host}.nix`) },
];
