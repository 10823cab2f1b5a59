import { run } from "./main.js";

const code = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  stdin: process.stdin,
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
});
process.exitCode = code;
