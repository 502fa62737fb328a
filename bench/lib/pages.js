"use strict";
/** Production webpack builds of the task pane and of the React + Fluent "hello" baseline, and what a page loads. */
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..", "..");

/** Build with the project's webpack config (production) into a temp folder; `mutate` adjusts the config. */
async function build(name, mutate = () => undefined, devtool = false) {
  const webpack = require("webpack");
  const makeConfig = require("../../webpack.config.js");
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `sothidua-bench-${name}-`));
  const config = await makeConfig({}, { mode: "production" });
  config.output = { ...config.output, path: out };
  config.devtool = devtool;
  mutate(config);
  await new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) reject(err);
      else if (stats.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    })
  );
  return out;
}

/** The baseline: bench/hello/index.tsx as the taskpane page, same config. */
function asHello(config) {
  config.entry = { taskpane: path.join(ROOT, "bench/hello/index.tsx") };
  config.plugins = config.plugins.filter(
    (p) => !p.userOptions || p.userOptions.filename === "taskpane.html"
  );
}

/** Scripts an HTML page loads (in order), local ones only. */
function pageScripts(dir, page) {
  const html = fs.readFileSync(path.join(dir, page), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

module.exports = { ROOT, build, asHello, pageScripts };
