import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  require_dist
} from "./chunk-FYIB653R.js";
import "./chunk-JLHVTWXJ.js";
export default require_dist();
