/**
 * Offline checks of the add-in manifest (manifest.xml). `npm run validate` asks Microsoft's
 * validation service and needs the network; these tests need nothing but the files.
 */
import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const DEV_ORIGIN = "https://localhost:3000";
const xml = fs.readFileSync(MANIFEST_PATH, "utf8");

/** A plain element tree: tag name as written (with prefix), attributes, children, text. */
interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type OrderedNode = Record<string, unknown>;

function toElement(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find(
    (key) => key !== ":@" && key !== "#text" && key !== "#comment"
  );
  if (!name || name.startsWith("?")) return undefined;
  const rawAttrs = (node[":@"] ?? {}) as Record<string, unknown>;
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawAttrs))
    attrs[key.replace(/^@_/, "")] = String(value);
  const childNodes = (node[name] ?? []) as OrderedNode[];
  const children: XmlElement[] = [];
  let text = "";
  for (const child of childNodes) {
    if ("#text" in child) text += String(child["#text"]);
    else {
      const element = toElement(child);
      if (element) children.push(element);
    }
  }
  return { name, attrs, children, text: text.trim() };
}

function parseManifest(source: string): XmlElement {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const nodes = parser.parse(source) as OrderedNode[];
  const roots = nodes.map(toElement).filter((e): e is XmlElement => e !== undefined);
  if (roots.length !== 1) throw new Error(`expected one root element, got ${roots.length}`);
  return roots[0]!;
}

function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.filter((c) => c.name === name);
  if (found.length !== 1)
    throw new Error(`<${element.name}> should have one <${name}>, has ${found.length}`);
  return found[0]!;
}

function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** Follows a path of child names, each expected exactly once. */
function at(element: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(child, element);
}

/** Every URL in attribute values or element text, namespace declarations excepted. */
function collectUrls(root: XmlElement): string[] {
  const urls: string[] = [];
  for (const element of walk(root)) {
    for (const [name, value] of Object.entries(element.attrs)) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(value)) urls.push(value);
    }
    if (element.name === "AppDomain" || /^[a-z][a-z0-9+.-]*:\/\//i.test(element.text))
      urls.push(element.text);
  }
  return urls;
}

/** Width and height from a PNG file's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString("latin1", 12, 16) !== "IHDR") throw new Error(`${file}: IHDR chunk missing`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Maps a dev-server URL to the file that webpack serves/copies for it. */
function assetFileFor(url: string): string {
  const { pathname } = new URL(url);
  return path.join(ROOT, decodeURIComponent(pathname).replace(/^\//, ""));
}

const manifest = parseManifest(xml);
const resources = at(manifest, "VersionOverrides", "Resources");
const RESOURCE_KINDS = {
  image: { group: "bt:Images", item: "bt:Image" },
  url: { group: "bt:Urls", item: "bt:Url" },
  short: { group: "bt:ShortStrings", item: "bt:String" },
  long: { group: "bt:LongStrings", item: "bt:String" },
} as const;
type ResourceKind = keyof typeof RESOURCE_KINDS;

function resourceItems(kind: ResourceKind): XmlElement[] {
  const { group, item } = RESOURCE_KINDS[kind];
  return childrenNamed(resources, group).flatMap((g) => childrenNamed(g, item));
}

function resourceValue(kind: ResourceKind, id: string): XmlElement {
  const found = resourceItems(kind).filter((r) => r.attrs.id === id);
  if (found.length !== 1) throw new Error(`resource ${id} (${kind}) defined ${found.length} times`);
  return found[0]!;
}

/** Which kind of resource an element with a resid must point at. */
function expectedKind(element: XmlElement, parent: XmlElement): ResourceKind {
  if (element.name === "bt:Image") return "image";
  if (
    element.name === "SourceLocation" ||
    element.name === "FunctionFile" ||
    element.name === "LearnMoreUrl" ||
    element.name === "Runtime"
  )
    return "url";
  if (element.name === "Description" && parent.name === "Supertip") return "long";
  if (element.name === "Description" && parent.name === "GetStarted") return "long";
  return "short";
}

/** Every element carrying a resid, with its parent. */
function residUses(): Array<{ element: XmlElement; parent: XmlElement }> {
  const uses: Array<{ element: XmlElement; parent: XmlElement }> = [];
  const visit = (element: XmlElement) => {
    for (const c of element.children) {
      if (c.attrs.resid !== undefined) uses.push({ element: c, parent: element });
      visit(c);
    }
  };
  visit(at(manifest, "VersionOverrides", "Hosts"));
  return uses;
}

describe("manifest.xml", () => {
  test("is well-formed XML with one <OfficeApp> root of type TaskPaneApp", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(manifest.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
  });

  test("top-level elements are present, single and in schema order", () => {
    const order = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "Dictionary",
      "VersionOverrides",
      "ExtendedOverrides",
    ];
    const names = manifest.children.map((c) => c.name);
    for (const name of names) expect(order).toContain(name);
    const positions = names.map((n) => order.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
    for (const required of [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]) {
      expect(names).toContain(required);
    }
  });

  test("identity: GUID id, version from package.json, provider, vi-VN default locale", () => {
    expect(child(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i
    );
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    const version = child(manifest, "Version").text;
    expect(version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(version).toBe(`${pkg.version.replace(/[-+].*$/, "")}.0`);
    expect(child(manifest, "ProviderName").text).toBe("Sổ Thi đua");
    expect(child(manifest, "DefaultLocale").text).toBe("vi-VN");
  });

  test("display name and description: Vietnamese default with an en-US override, within Office limits", () => {
    const displayName = child(manifest, "DisplayName");
    expect(displayName.attrs.DefaultValue).toBe("Sổ Thi đua");
    const description = child(manifest, "Description");
    for (const [element, max] of [
      [displayName, 125],
      [description, 250],
    ] as const) {
      const overrides = childrenNamed(element, "Override");
      expect(overrides.map((o) => o.attrs.Locale)).toEqual(["en-US"]);
      for (const value of [element.attrs.DefaultValue, overrides[0]!.attrs.Value]) {
        expect(value).toBeTruthy();
        expect(value!.length).toBeLessThanOrEqual(max);
        expect(value).toBe(value!.normalize("NFC"));
      }
    }
    // The default text really is Vietnamese, the override English.
    expect(description.attrs.DefaultValue).toMatch(/thi đua/);
    expect(childrenNamed(description, "Override")[0]!.attrs.Value).toMatch(/register/);
  });

  test("Excel only, ExcelApi 1.8, ReadWriteDocument, task pane at /taskpane.html", () => {
    const hosts = childrenNamed(child(manifest, "Hosts"), "Host");
    expect(hosts.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    const sets = at(manifest, "Requirements", "Sets");
    expect(sets.attrs.DefaultMinVersion).toBe("1.1");
    const excelApi = childrenNamed(sets, "Set").filter((s) => s.attrs.Name === "ExcelApi");
    expect(excelApi).toHaveLength(1);
    expect(excelApi[0]!.attrs.MinVersion).toBe("1.8");
    expect(child(manifest, "Permissions").text).toBe("ReadWriteDocument");
    expect(at(manifest, "DefaultSettings", "SourceLocation").attrs.DefaultValue).toBe(
      `${DEV_ORIGIN}/taskpane.html`
    );
  });

  test("ribbon: a Home-tab group 'Sổ Thi đua' with the buttons 'Mở sổ' and 'Kiểm tra'", () => {
    const versionHosts = childrenNamed(at(manifest, "VersionOverrides", "Hosts"), "Host");
    expect(versionHosts.map((h) => h.attrs["xsi:type"])).toEqual(["Workbook"]);
    const desktop = child(versionHosts[0]!, "DesktopFormFactor");
    expect(child(desktop, "FunctionFile").attrs.resid).toBeTruthy();
    const tab = at(desktop, "ExtensionPoint", "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const group = child(tab, "Group");
    expect(resourceValue("short", child(group, "Label").attrs.resid!).attrs.DefaultValue).toBe(
      "Sổ Thi đua"
    );
    const controls = childrenNamed(group, "Control");
    const labels = controls.map(
      (c) => resourceValue("short", child(c, "Label").attrs.resid!).attrs.DefaultValue
    );
    expect(labels).toEqual(["Mở sổ", "Kiểm tra"]);
    const controlIds = controls.map((c) => c.attrs.id);
    expect(new Set(controlIds).size).toBe(controlIds.length);
    for (const control of controls) {
      expect(control.attrs["xsi:type"]).toBe("Button");
      const action = child(control, "Action");
      expect(["ShowTaskpane", "ExecuteFunction"]).toContain(action.attrs["xsi:type"]);
      if (action.attrs["xsi:type"] === "ShowTaskpane") {
        const url = resourceValue("url", child(action, "SourceLocation").attrs.resid!).attrs
          .DefaultValue!;
        expect(new URL(url).pathname).toBe("/taskpane.html");
      }
    }
  });

  test("every resid is defined with the right kind, every resource is used, ids are unique", () => {
    const uses = residUses();
    expect(uses.length).toBeGreaterThan(0);
    for (const { element, parent } of uses) {
      const kind = expectedKind(element, parent);
      const ids = resourceItems(kind).map((r) => r.attrs.id);
      expect({
        resid: element.attrs.resid,
        in: kind,
        defined: ids.includes(element.attrs.resid),
      }).toEqual({
        resid: element.attrs.resid,
        in: kind,
        defined: true,
      });
    }
    const used = new Set(uses.map((u) => u.element.attrs.resid));
    const defined = (Object.keys(RESOURCE_KINDS) as ResourceKind[]).flatMap((k) =>
      resourceItems(k).map((r) => r.attrs.id!)
    );
    expect(new Set(defined).size).toBe(defined.length);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
  });

  test("strings: Vietnamese defaults, an en-US override each, within 125/250 characters", () => {
    for (const [kind, max] of [
      ["short", 125],
      ["long", 250],
    ] as const) {
      for (const item of resourceItems(kind)) {
        const overrides = childrenNamed(item, "bt:Override");
        expect({ id: item.attrs.id, locales: overrides.map((o) => o.attrs.Locale) }).toEqual({
          id: item.attrs.id,
          locales: ["en-US"],
        });
        for (const value of [item.attrs.DefaultValue, overrides[0]!.attrs.Value]) {
          expect(value).toBeTruthy();
          expect(value!.length).toBeLessThanOrEqual(max);
        }
      }
    }
  });

  test("every URL is https on the dev-server origin (the build rewrites that prefix)", () => {
    const urls = collectUrls(manifest);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      const parsed = new URL(url);
      expect({ url, protocol: parsed.protocol, origin: parsed.origin }).toEqual({
        url,
        protocol: "https:",
        origin: DEV_ORIGIN,
      });
    }
    expect(childrenNamed(manifest, "AppDomains")).toEqual([]);
  });

  test("every icon URL is a PNG in assets/ of the declared pixel size", () => {
    const icons: Array<{ url: string; size: number }> = [
      { url: child(manifest, "IconUrl").attrs.DefaultValue!, size: 32 },
      { url: child(manifest, "HighResolutionIconUrl").attrs.DefaultValue!, size: 64 },
    ];
    for (const element of walk(at(manifest, "VersionOverrides", "Hosts"))) {
      if (element.name !== "bt:Image") continue;
      const url = resourceValue("image", element.attrs.resid!).attrs.DefaultValue!;
      icons.push({ url, size: Number(element.attrs.size) });
    }
    for (const image of resourceItems("image")) {
      for (const override of childrenNamed(image, "bt:Override")) {
        icons.push({
          url: override.attrs.Value!,
          size: Number(/(\d+)x\1/.exec(image.attrs.id!)?.[1]),
        });
      }
    }
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const { url, size } of icons) {
      const file = assetFileFor(url);
      expect(path.relative(ROOT, file)).toMatch(/^assets[\\/][^\\/]+\.png$/);
      expect(fs.existsSync(file)).toBe(true);
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });

  test("the pages the manifest opens have their sources (HtmlWebpackPlugin templates)", () => {
    for (const url of resourceItems("url").map((u) => u.attrs.DefaultValue!)) {
      const page = path.basename(new URL(url).pathname, ".html");
      expect(fs.existsSync(path.join(ROOT, "src", page, `${page}.html`))).toBe(true);
    }
  });

  test("SupportUrl is the built site's help page in Vietnamese", () => {
    const url = child(manifest, "SupportUrl").attrs.DefaultValue!;
    expect(url).toBe(`${DEV_ORIGIN}/help.html`);
    const page = fs.readFileSync(path.join(ROOT, "src", "help", "help.html"), "utf8");
    expect(page).toMatch(/<html lang="vi">/);
    expect(page).toMatch(/Sổ Thi đua/);
    expect(page).not.toMatch(/<script/); // a static page
  });

  test("'Kiểm tra' runs in the pane's shared runtime and opens the check tab whether the pane is open or not", async () => {
    const overrides = at(manifest, "VersionOverrides");
    const sets = at(overrides, "Requirements", "bt:Sets");
    expect(childrenNamed(sets, "bt:Set").map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([
      ["SharedRuntime", "1.1"],
    ]);
    const host = child(at(overrides, "Hosts"), "Host");
    const runtime = at(host, "Runtimes", "Runtime");
    expect(runtime.attrs).toMatchObject({ resid: "Taskpane.Url", lifetime: "long" });
    const desktop = child(host, "DesktopFormFactor");
    expect(child(desktop, "FunctionFile").attrs.resid).toBe("Taskpane.Url");
    const controls = childrenNamed(at(desktop, "ExtensionPoint", "OfficeTab", "Group"), "Control");
    const [open, check] = controls.map((c) => child(c, "Action"));
    expect(open!.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(child(open!, "SourceLocation").attrs.resid).toBe("Taskpane.Url");
    expect(check!.attrs["xsi:type"]).toBe("ExecuteFunction");
    const fn = child(check!, "FunctionName").text;
    const { COMMANDS } = await import("../src/commands/commands");
    expect(Object.keys(COMMANDS)).toContain(fn);
    // The pane's entry associates the commands (it is the shared runtime's function file).
    const entry = fs.readFileSync(path.join(ROOT, "src", "taskpane", "index.tsx"), "utf8");
    expect(entry).toMatch(/associateCommands\(\)/);
  });
});

describe("webpack: production manifest", () => {
  interface CopyPattern {
    from: string;
    transform?: (content: Buffer) => string | Buffer;
  }
  type WebpackConfig = { plugins: Array<{ patterns?: CopyPattern[] }>; devServer?: unknown };
  type ConfigFactory = (
    env: Record<string, unknown>,
    options: { mode: string }
  ) => Promise<WebpackConfig>;

  const loadFactory = (): ConfigFactory => {
    return require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
  };

  async function productionManifest(
    publicUrl: string | undefined
  ): Promise<{ text: string; config: WebpackConfig }> {
    const saved = process.env.ADDIN_PUBLIC_URL;
    if (publicUrl === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = publicUrl;
    try {
      const config = await loadFactory()(
        { WEBPACK_BUNDLE: true, WEBPACK_BUILD: true },
        { mode: "production" }
      );
      const pattern = config.plugins
        .flatMap((p) => p.patterns ?? [])
        .find((p) => p.from === "manifest*.xml");
      if (!pattern?.transform) throw new Error("no manifest copy pattern with a transform");
      return { text: String(pattern.transform(Buffer.from(xml, "utf8"))), config };
    } finally {
      if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = saved;
    }
  }

  test("rewrites every dev URL to ADDIN_PUBLIC_URL and needs no dev certificates", async () => {
    const { text, config } = await productionManifest("https://thidua.example.vn/addin");
    expect(config.devServer).toBeUndefined();
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).not.toContain("://localhost");
    const urls = collectUrls(parseManifest(text));
    expect(urls).toHaveLength(collectUrls(manifest).length);
    for (const url of urls)
      expect({ url, ok: url.startsWith("https://thidua.example.vn/addin/") }).toEqual({
        url,
        ok: true,
      });
    expect(text).toContain("https://thidua.example.vn/addin/help.html");
  });

  test("copies the help page (SupportUrl) and the pane's ES5 start script to the build", async () => {
    const { config } = await productionManifest("https://thidua.example.vn/addin");
    const copied = config.plugins.flatMap((p) => p.patterns ?? []).map((p) => p.from);
    expect(copied).toEqual(expect.arrayContaining(["src/help/help.html", "src/taskpane/start.js"]));
    for (const f of ["src/help/help.html", "src/taskpane/start.js"])
      expect(fs.existsSync(path.join(ROOT, f))).toBe(true);
  });

  test("defaults to a placeholder that cannot resolve, and refuses http", async () => {
    const { text } = await productionManifest(undefined);
    expect(text).toContain("https://example.invalid/so-thi-dua/taskpane.html");
    await expect(productionManifest("http://thidua.example.vn/")).rejects.toThrow(/https/);
  });
});
