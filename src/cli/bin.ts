import { run } from "./main.js";

// A reader that stops early (`voterdata export --json | head`) closes the pipe: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const code = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  stdin: process.stdin,
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
});
process.exitCode = code;
