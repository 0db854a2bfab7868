// What the TypeScript proofs share: the fixtures the Java test prepared, the sign, and the result file.
import * as crypto from "crypto";
import * as fs from "fs";

export interface Fixtures {
  baseUrl: string;
  apiKey: string;
  apiSecret: string;
  idcardName: string;
  idcardNumber: string;
  photo: string;
  faceToken: string;
  megliveFlashResult: string;
  rawToken: string;
  bizIdDocsSuccess: string;
  bizIdVendorAddedValues: string;
}

export function fixtures(): Fixtures {
  return JSON.parse(fs.readFileSync(process.argv[2], "utf8")) as Fixtures;
}

/** The get_biz_token sign, computed here: Base64(HMAC-SHA1(secret, raw) + raw), d ten digits. */
export function sign(apiKey: string, apiSecret: string): string {
  const now = Math.floor(Date.now() / 1000);
  const d = String(crypto.randomInt(0, 10_000_000_000)).padStart(10, "0");
  const raw = `a=${apiKey}&b=${now + 300}&c=${now}&d=${d}`;
  const mac = crypto.createHmac("sha1", apiSecret).update(raw).digest();
  return Buffer.concat([mac, Buffer.from(raw, "utf8")]).toString("base64");
}

/** A file's bytes as a Blob part (Node's Buffer is not a BlobPart under TypeScript 5.9's DOM types). */
export function bytes(file: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(fs.readFileSync(file));
}

export function writeResults(results: Record<string, unknown>): void {
  fs.writeFileSync(process.argv[3], JSON.stringify(results, null, 2));
}
