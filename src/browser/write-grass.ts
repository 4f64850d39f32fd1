import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { GRASS_FILE } from "./grass.ts";
import { buildGrass } from "./grass-style.ts";

/** `npm run grass`: writes the generated style sheet to src/browser/actorgraph.grass. */
writeFileSync(GRASS_FILE, buildGrass());
console.log(`Wrote ${fileURLToPath(GRASS_FILE)}`);
