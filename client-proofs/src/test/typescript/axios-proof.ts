// The same operations through the stock typescript-axios client (positional parameters, its default).
// Usage: node axios-proof.js <fixtures.json> <results.json>
import { isAxiosError } from "axios";
import {
  BizTokenApi, Configuration, RawVerifyApi, ResultApi, VerifyApi,
} from "../../../target/clients/typescript-axios";
import { fixtures, sign, writeResults } from "./proof-support";

async function main(): Promise<void> {
  const f = fixtures();
  const config = new Configuration({ basePath: f.baseUrl });
  const results: Record<string, unknown> = {};

  const verified = await new VerifyApi(config).verify(f.apiKey, f.apiSecret,
    "1", "facetoken", undefined,
    f.idcardName, f.idcardNumber, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    undefined, undefined, undefined, undefined, undefined, undefined, f.faceToken);
  results.verifyDataSourceFaceToken = { confidence: verified.data.result_faceid?.confidence };

  const raw = await new RawVerifyApi(config).rawVerify(f.apiKey, f.apiSecret, f.rawToken,
    "1", "proof-axios",
    undefined, undefined, f.idcardName, f.idcardNumber);
  results.rawVerify = { procedureValidation: raw.data.liveness.procedure_validation, bizNo: raw.data.biz_no };

  const bizToken = await new BizTokenApi(config).getBizToken(sign(f.apiKey, f.apiSecret), "hmac_sha1",
    "still", "1", undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    undefined, undefined, f.idcardName, f.idcardNumber);
  results.getBizToken = { bizToken: bizToken.data.biz_token };

  const result = await new ResultApi(config).getResult(f.apiKey, f.apiSecret, f.bizIdVendorAddedValues);
  results.getResultVendorAddedValues = { status: result.data.status,
    procedureType: result.data.liveness_result?.procedure_type };

  try {
    await new ResultApi(config).getResult(f.apiKey, f.apiSecret, "no-such-biz-id");
    results.documentedError = { thrown: false };
  } catch (e) {
    if (!isAxiosError(e) || e.response === undefined) {
      throw e;
    }
    results.documentedError = { status: e.response.status, body: e.response.data };
  }
  writeResults(results);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
