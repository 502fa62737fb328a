/**
 * webpack for the Excel task-pane add-in, in the shape of the generator-office React template:
 * one entry and one HTML page per surface (the task pane, which is also the shared runtime of the
 * ribbon's commands; the browser preview), the pane's ES5 start script, the help page (the
 * manifest's SupportUrl), assets and manifest copied to dist/.
 *
 *   npm run build       webpack --mode production   → dist/ with the manifest URLs rewritten
 *   npm run build:dev   webpack --mode development  → dist/ pointing at https://localhost:3000/
 *   npm run dev-server  webpack serve               → https://localhost:3000/ with Office dev certs
 *   npm run preview     webpack serve --env preview → http://localhost:3001/preview.html (no certs)
 *
 * Production URL: set ADDIN_PUBLIC_URL to the https folder that will serve dist/, e.g.
 *   ADDIN_PUBLIC_URL=https://thidua.example.vn/addin/ npm run build
 * Every "https://localhost:3000/" in manifest*.xml becomes that URL. The default,
 * https://example.invalid/so-thi-dua/, is a placeholder that can never resolve (RFC 2606).
 *
 * Office.js itself is loaded by the HTML pages from Microsoft's CDN, as Office requires;
 * nothing else is fetched from the network.
 */

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProdDefault = "https://example.invalid/so-thi-dua/";

/** The production base URL: https, ending in "/". */
function productionUrl() {
  const raw = (process.env.ADDIN_PUBLIC_URL || urlProdDefault).trim();
  const url = raw.endsWith("/") ? raw : raw + "/";
  // https only (Office refuses http), and nothing that would need escaping inside the XML manifest.
  if (!/^https:\/\/[^/\s]+\/[^\s<>&"'?#]*$/.test(url)) {
    throw new Error(
      `ADDIN_PUBLIC_URL must be an https folder URL such as https://host/path/, got "${raw}"`
    );
  }
  return url;
}

/** Office dev certificates, only for `webpack serve` (never needed to build). */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const urlProd = dev ? urlDev : productionUrl();

  const config = {
    // The CLI passes --mode itself; the Node API (the browser tests) reads it from here.
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      // Also the ribbon's function file (shared runtime): src/commands/commands.ts is bundled with it.
      taskpane: "./src/taskpane/index.tsx",
      // Browser preview: the same task pane on an in-memory workbook (no Office, no certificates).
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx", ".json"],
      // In the browser ExcelJS is its own bundle (no Node streams); loaded lazily by the export.
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // Type checking is `npm run typecheck`; the bundle only needs transpiling.
              transpileOnly: true,
              compilerOptions: {
                // tsconfig.json says commonjs for the CLI and Jest; ES modules let webpack
                // tree-shake and turn `import()` into lazily loaded chunks.
                module: "esnext",
                moduleResolution: "node",
                // Our own code down to ES2019 for older Office webviews (Fluent UI needs an evergreen one anyway).
                target: "es2019",
                sourceMap: true,
                noEmit: false,
              },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: {
            filename: "assets/[name][ext][query]",
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        // Only lazy chunks are split by default: each page's first load is its entry chunk plus
        // React, fewer files and less module glue than a vendor chunk per page.
        chunks: "async",
        cacheGroups: {
          // React is on every page and changes rarely: one long-cached chunk.
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: "all",
            priority: 20,
          },
          // No named chunk for Fluent UI: a single `fluent` chunk would put every component that any
          // section uses into the first load. webpack's default groups split the Fluent code per
          // lazy chunk instead (the shell's FluentProvider up front, a section's Table or RadioGroup
          // with that section, what several sections share in a chunk of its own).
        },
      },
    },
    performance: {
      // The first screen is the shell (React, FluentProvider, its own tab strip); the sections, the
      // domain, i18next, the Office.js adapter, ExcelJS and HyperFormula are loaded with import().
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "assets/*",
            to: "assets/[name][ext][query]",
          },
          // ES5 start script of the task pane: a message instead of a blank pane where the bundle cannot run.
          { from: "src/taskpane/start.js", to: "start.js" },
          // Help in Vietnamese: the manifest's SupportUrl.
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev) {
                return content;
              }
              return content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
    ],
  };

  if (serving && env.preview) {
    // `npm run preview`: plain http on localhost, no Office dev certificates.
    config.devServer = {
      host: "localhost",
      port: Number(process.env.PREVIEW_PORT || 3001),
      server: "http",
      hot: false,
      open: false,
      static: false,
      devMiddleware: { index: "preview.html" },
    };
  } else if (serving) {
    config.devServer = {
      hot: true,
      headers: {
        "Access-Control-Allow-Origin": "*",
      },
      server: {
        type: "https",
        options: options.https !== undefined ? options.https : await getHttpsOptions(),
      },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    };
  }

  return config;
};
