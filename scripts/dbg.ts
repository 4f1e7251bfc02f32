import { readFileSync } from "node:fs";
import { readCriteria } from "../src/schema/criteria.js";

const c = readCriteria(
  readFileSync("/work/shared/corpus/awesome-comparisons/configuration/defaults/groups-advanced.yml", "utf8"),
);
console.log(c.length, c.slice(0, 3));
