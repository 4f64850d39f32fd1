import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { GRASS_FILE } from "../../src/browser/grass.ts";
import { buildGrass } from "../../src/browser/grass-style.ts";

/** `npm run grass`: writes the generated style sheet to src/browser/actorgraph.grass. */
writeFileSync(GRASS_FILE, buildGrass());
console.log(`Wrote ${fileURLToPath(GRASS_FILE)}`);
