// Prints the YAML document on standard input as JSON (the tests read `docker-compose config` this way).
import { readFileSync } from "node:fs";
import { parse } from "yaml";

process.stdout.write(JSON.stringify(parse(readFileSync(0, "utf8"), { merge: true })));
