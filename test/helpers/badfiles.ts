/**
 * Unusable input files for the command line's input checks (test/bad-input.test.ts): OLE compound
 * files (`.xls`, encrypted `.xlsx`), stored zips (`.ods`-like, truncated, "zip bombs"), and the real
 * thing made by LibreOffice when it is installed.
 *
 * Real fixtures:
 * - `.xls` and `.ods`: `soffice --convert-to xls|ods` with a private profile.
 * - encrypted `.xlsx`: LibreOffice 7.4's `--convert-to` cannot set a password (JSON filter options
 *   only reach `FilterData`, and the OOXML filter reads the password from the media descriptor's
 *   `EncryptionData`), so a tiny Python-UNO script loads the file and stores it with
 *   `EncryptionData = {CryptoType: "Standard", OOXPassword}` (ECMA-376 Standard encryption, AES-128;
 *   LibreOffice 7.4 fails with an I/O error for the default Agile encryption). That needs the
 *   `python3-uno` bridge (Debian: package python3-uno, with /usr/bin/python3).
 * Hand-made fallbacks are always built too, so the checks run everywhere.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import { deflateRawSync } from "node:zlib";
import path from "node:path";
import { pathToFileURL } from "node:url";

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

// ---------------------------------------------------------------------------------------------
// OLE compound file (CFB, MS-CFB v3: 512-byte sectors)

const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;
const MINI_CUTOFF = 4096;

/**
 * A well-formed compound file holding `streams` in the root storage. Streams shorter than the
 * 4096-byte mini-stream cutoff are padded with zeros to the cutoff, so every stream lives in
 * ordinary sectors (no mini FAT needed). Directory siblings form a sorted right-leaning chain.
 */
export function compoundFile(streams: readonly { name: string; data: Buffer }[]): Buffer {
  const SECTOR = 512;
  const datas = streams.map((s) =>
    s.data.length < MINI_CUTOFF
      ? Buffer.concat([s.data, Buffer.alloc(MINI_CUTOFF - s.data.length)])
      : s.data
  );
  const sectorsOf = (n: number) => Math.ceil(n / SECTOR);
  const dirEntries = 1 + streams.length;
  const dirSectors = sectorsOf(dirEntries * 128);
  const dataSectors = datas.reduce((a, d) => a + sectorsOf(d.length), 0);
  // FAT sectors: each holds 128 entries and must cover itself too.
  let fatSectors = 1;
  while (fatSectors * 128 < fatSectors + dirSectors + dataSectors) fatSectors++;
  if (fatSectors > 109) throw new Error("compoundFile: too large for a header-only DIFAT");
  const total = fatSectors + dirSectors + dataSectors;
  const fat = new Array<number>(fatSectors * 128).fill(FREESECT);
  for (let i = 0; i < fatSectors; i++) fat[i] = FATSECT;
  const chain = (start: number, count: number) => {
    for (let i = 0; i < count; i++) fat[start + i] = i === count - 1 ? ENDOFCHAIN : start + i + 1;
  };
  const dirStart = fatSectors;
  chain(dirStart, dirSectors);
  let next = dirStart + dirSectors;
  const starts = datas.map((d) => {
    const s = next;
    chain(s, sectorsOf(d.length));
    next += sectorsOf(d.length);
    return s;
  });

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little endian
  header.writeUInt16LE(9, 30); // sector shift: 512
  header.writeUInt16LE(6, 32); // mini sector shift: 64
  header.writeUInt32LE(fatSectors, 44);
  header.writeUInt32LE(dirStart, 48);
  header.writeUInt32LE(MINI_CUTOFF, 56);
  header.writeUInt32LE(ENDOFCHAIN, 60); // no mini FAT
  header.writeUInt32LE(0, 64);
  header.writeUInt32LE(ENDOFCHAIN, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 72);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? i : FREESECT, 76 + i * 4);

  // Directory: root, then the streams sorted as CFB compares names (length, then upper case).
  const order = streams
    .map((_, i) => i)
    .sort((a, b) => {
      const x = streams[a]!.name.toUpperCase();
      const y = streams[b]!.name.toUpperCase();
      return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
    });
  const dir = Buffer.alloc(dirSectors * SECTOR);
  const entry = (
    k: number,
    name: string,
    type: number,
    left: number,
    right: number,
    child: number,
    start: number,
    size: number
  ) => {
    const o = k * 128;
    const n = Buffer.from(`${name}\0`, "utf16le");
    n.copy(dir, o);
    dir.writeUInt16LE(n.length, o + 64);
    dir.writeUInt8(type, o + 66);
    dir.writeUInt8(1, o + 67); // black
    dir.writeUInt32LE(left, o + 68);
    dir.writeUInt32LE(right, o + 72);
    dir.writeUInt32LE(child, o + 76);
    dir.writeUInt32LE(start, o + 116);
    dir.writeUInt32LE(size, o + 120);
  };
  entry(0, "Root Entry", 5, NOSTREAM, NOSTREAM, order.length ? 1 : NOSTREAM, ENDOFCHAIN, 0);
  order.forEach((i, k) => {
    const right = k + 1 < order.length ? k + 2 : NOSTREAM;
    entry(
      k + 1,
      streams[i]!.name,
      2,
      NOSTREAM,
      right,
      NOSTREAM,
      starts[i]!,
      streams[i]!.data.length
    );
  });
  for (let k = dirEntries; k < dirSectors * 4; k++) {
    dir.writeUInt32LE(NOSTREAM, k * 128 + 68);
    dir.writeUInt32LE(NOSTREAM, k * 128 + 72);
    dir.writeUInt32LE(NOSTREAM, k * 128 + 76);
  }

  const fatBuf = Buffer.alloc(fatSectors * SECTOR);
  fat.forEach((v, i) => fatBuf.writeUInt32LE(v >>> 0, i * 4));
  const body = datas.map((d) =>
    Buffer.concat([d, Buffer.alloc(sectorsOf(d.length) * SECTOR - d.length)])
  );
  const out = Buffer.concat([header, fatBuf, dir, ...body]);
  if (out.length !== SECTOR * (1 + total)) throw new Error("compoundFile: size mismatch");
  return out;
}

/** An Excel 97–2003 look-alike: a compound file with a `Workbook` stream starting with a BIFF8 BOF record. */
export function handMadeXls(): Buffer {
  const bof = Buffer.alloc(20);
  bof.writeUInt16LE(0x0809, 0); // BOF
  bof.writeUInt16LE(16, 2);
  bof.writeUInt16LE(0x0600, 4); // BIFF8
  bof.writeUInt16LE(0x0005, 6); // workbook globals
  const eof = Buffer.from([0x0a, 0x00, 0x00, 0x00]);
  return compoundFile([{ name: "Workbook", data: Buffer.concat([bof, eof]) }]);
}

/**
 * The container Excel writes for a password-protected xlsx (MS-OFFCRYPTO): `EncryptionInfo`
 * (here an Agile-encryption header, version 4.4, with its XML descriptor) and `EncryptedPackage`
 * (8-byte size, then ciphertext — random bytes here: nothing reads past the container).
 */
export function handMadeEncryptedXlsx(): Buffer {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
    'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" ' +
    'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>';
  const info = Buffer.concat([
    Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]),
    Buffer.from(xml, "utf8"),
  ]);
  const size = Buffer.alloc(8);
  size.writeUInt32LE(6000, 0);
  const pkg = Buffer.concat([size, Buffer.alloc(6016, 0x5a)]);
  return compoundFile([
    { name: "EncryptionInfo", data: info },
    { name: "EncryptedPackage", data: pkg },
  ]);
}

// ---------------------------------------------------------------------------------------------
// Zip (stored entries) and zip surgery

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of the entries in the given order, stored (method 0) or deflated at level 6 (method 8). */
export function zipOf(
  entries: readonly { name: string; data: Buffer | string }[],
  method: 0 | 8
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : e.data;
    const name = Buffer.from(e.name, "utf8");
    const body = method === 8 ? deflateRawSync(data, { level: 6 }) : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** A zip with stored (uncompressed) entries, in the given order. */
export function storedZip(entries: readonly { name: string; data: Buffer | string }[]): Buffer {
  return zipOf(entries, 0);
}

/** A minimal OpenDocument spreadsheet package (mimetype first, stored). */
export function handMadeOds(): Buffer {
  const mime = "application/vnd.oasis.opendocument.spreadsheet";
  return storedZip([
    { name: "mimetype", data: mime },
    {
      name: "META-INF/manifest.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mime}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    },
    {
      name: "content.xml",
      data: '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Sheet1"/></office:spreadsheet></office:body></office:document-content>',
    },
  ]);
}

/**
 * A copy of a real zip whose central directory declares `declared` uncompressed bytes for the
 * entry named `entry` (the bytes themselves are unchanged: the file is a bomb only on paper).
 */
export function withDeclaredSize(zip: Buffer, entry: string, declared: number): Buffer {
  const out = Buffer.from(zip);
  let eocd = -1;
  for (let i = out.length - 22; i >= 0; i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip");
  let p = out.readUInt32LE(eocd + 16);
  const count = out.readUInt16LE(eocd + 10);
  for (let k = 0; k < count; k++) {
    const nameLen = out.readUInt16LE(p + 28);
    const name = out.toString("utf8", p + 46, p + 46 + nameLen);
    if (name === entry) {
      out.writeUInt32LE(declared >>> 0, p + 24);
      return out;
    }
    p += 46 + nameLen + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  throw new Error(`no entry ${entry}`);
}

// ---------------------------------------------------------------------------------------------
// LibreOffice-made fixtures

function run(
  cmd: string,
  args: readonly string[],
  timeoutMs: number
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // gone
      }
      reject(new Error(`timed out: ${cmd} ${args.join(" ")}\n${output}`));
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** `soffice --convert-to <format>` with a private profile; returns the produced file. */
export async function sofficeConvert(
  soffice: string,
  input: string,
  format: "xls" | "ods",
  outDir: string
): Promise<string> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "stđ-lo-"));
  try {
    const r = await run(
      soffice,
      [
        "--headless",
        "--norestore",
        "--nolockcheck",
        `-env:UserInstallation=${pathToFileURL(path.join(work, "profile")).href}`,
        "--convert-to",
        format,
        "--outdir",
        outDir,
        input,
      ],
      120_000
    );
    const produced = path.join(outDir, `${path.basename(input, path.extname(input))}.${format}`);
    if (!existsSync(produced))
      throw new Error(`LibreOffice produced no ${format} (exit ${r.code}):\n${r.output}`);
    return produced;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/** Python-UNO: load one xlsx, store it as .xls, .ods and a password-protected .xlsx (one LibreOffice start). */
const STORE_PY = String.raw`
import os, subprocess, sys, time
import uno
from com.sun.star.beans import NamedValue, PropertyValue
soffice, src, profile, password = sys.argv[1:5]
targets = sys.argv[5:]  # triples: path, filter name, "encrypt" or "plain"
pipe = "stdlo%d" % os.getpid()
proc = subprocess.Popen([soffice, "--headless", "--norestore", "--nolockcheck", "-env:UserInstallation=" + profile,
                         "--accept=pipe,name=%s;urp;" % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def pv(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = None
    for _ in range(600):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.1)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (pv("Hidden", True),))
    for i in range(0, len(targets), 3):
        dst, filt, mode = targets[i:i + 3]
        props = [pv("FilterName", filt)]
        if mode == "encrypt":
            enc = (NamedValue("CryptoType", "Standard"), NamedValue("OOXPassword", password))
            props.append(pv("EncryptionData", uno.Any("[]com.sun.star.beans.NamedValue", enc)))
        uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(dst), tuple(props)))
    doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
finally:
    try:
        proc.wait(30)
    except Exception:
        proc.kill()
`;

/** A Python that can `import uno` (the python3-uno bridge), or null. */
export function findPythonUno(): string | null {
  for (const py of ["/usr/bin/python3", "python3"]) {
    const r = spawnSync(py, ["-c", "import uno"], { encoding: "utf8", timeout: 20_000 });
    if (r.status === 0) return py;
  }
  return null;
}

export interface LibreOfficeFixtures {
  readonly xls: string;
  readonly ods: string;
  /** Null when no Python with the UNO bridge was found (see the file comment). */
  readonly encrypted: string | null;
}

/**
 * Real `.xls`, `.ods` and (with python3-uno) password-protected `.xlsx` copies of `input`, written by
 * LibreOffice into `outDir`: one LibreOffice start through Python-UNO when possible, else
 * `soffice --convert-to xls|ods` (and no encrypted file).
 */
export async function libreOfficeFixtures(
  soffice: string,
  python: string | null,
  input: string,
  outDir: string,
  password: string
): Promise<LibreOfficeFixtures> {
  const base = path.join(path.resolve(outDir), path.basename(input, path.extname(input)));
  if (!python) {
    const [xls, ods] = await Promise.all([
      sofficeConvert(soffice, input, "xls", outDir),
      sofficeConvert(soffice, input, "ods", outDir),
    ]);
    return { xls, ods, encrypted: null };
  }
  const out = { xls: `${base}.xls`, ods: `${base}.ods`, encrypted: `${base}-mat-khau.xlsx` };
  await fs.mkdir(outDir, { recursive: true });
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "stđ-lo-"));
  try {
    const script = path.join(work, "store.py");
    await fs.writeFile(script, STORE_PY);
    const src = path.join(work, "in.xlsx"); // a private copy: LibreOffice leaves a lock file next to what it opens
    await fs.copyFile(input, src);
    const targets = [
      out.xls,
      "MS Excel 97",
      "plain",
      out.ods,
      "calc8",
      "plain",
      out.encrypted,
      "Calc Office Open XML",
      "encrypt",
    ];
    const r = await run(
      python,
      [script, soffice, src, pathToFileURL(path.join(work, "profile")).href, password, ...targets],
      120_000
    );
    for (const f of Object.values(out))
      if (!existsSync(f))
        throw new Error(`LibreOffice did not write ${f} (exit ${r.code}):\n${r.output}`);
    return out;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}
