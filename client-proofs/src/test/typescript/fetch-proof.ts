// Calls every operation of the sandbox through the stock typescript-fetch client (Node's fetch, Blob parts).
// Usage: node fetch-proof.js <fixtures.json> <results.json>
import {
  BizTokenApi, Configuration, RawVerifyApi, ResponseError, ResultApi, VerifyApi,
} from "../../../target/clients/typescript-fetch";
import { bytes, fixtures, sign, writeResults } from "./proof-support";

async function main(): Promise<void> {
  const f = fixtures();
  const config = new Configuration({ basePath: f.baseUrl });
  const verify = new VerifyApi(config);
  const photo = (): Blob => new Blob([bytes(f.photo)], { type: "image/png" });
  const credentials = { apiKey: f.apiKey, apiSecret: f.apiSecret };
  const dataSource = { comparisonType: "1" as const, idcardName: f.idcardName,
    idcardNumber: f.idcardNumber };
  const results: Record<string, unknown> = {};

  const byFaceToken = await verify.verify({ ...credentials, ...dataSource, faceImageType: "facetoken",
    faceToken: f.faceToken });
  results.verifyDataSourceFaceToken = { requestId: byFaceToken.requestId,
    confidence: byFaceToken.resultFaceid?.confidence, idAttacked: byFaceToken.idExceptions?.idAttacked };

  const byRawImage = await verify.verify({ ...credentials, comparisonType: "0", uuid: "proof-uuid",
    imageRef1: photo(), faceImageType: "raw_image", image: photo() });
  results.verifyReferenceRawImage = { confidence: byRawImage.resultRef1?.confidence };

  const byMegLive = await verify.verify({ ...credentials, ...dataSource, faceImageType: "meglive",
    delta: `proof-delta-${Date.now()}`, imageBest: photo() });
  results.verifyDataSourceMegLive = { confidence: byMegLive.resultFaceid?.confidence,
    maskThreshold: byMegLive.faceGenuineness?.maskThreshold };

  const byFlash = await verify.verify({ ...credentials, comparisonType: "0", uuid: "proof-uuid",
    imageRef1: photo(), faceImageType: "meglive_flash",
    megliveFlashResult: new Blob([bytes(f.megliveFlashResult)]) });
  results.verifyReferenceMegLiveFlash = { confidence: byFlash.resultRef1?.confidence };

  const raw = await new RawVerifyApi(config).rawVerify({ ...credentials, token: f.rawToken, ...dataSource,
    comparisonType: "1", bizNo: "proof-raw-verify" });
  results.rawVerify = { procedureValidation: raw.liveness.procedureValidation, bizNo: raw.bizNo,
    confidence: raw.resultFaceid?.confidence };

  const bizToken = await new BizTokenApi(config).getBizToken({ sign: sign(f.apiKey, f.apiSecret),
    signVersion: "hmac_sha1", livenessType: "still", ...dataSource,
    comparisonType: "1" });
  results.getBizToken = { bizToken: bizToken.bizToken };

  const resultApi = new ResultApi(config);
  const docs = await resultApi.getResult({ ...credentials, bizId: f.bizIdDocsSuccess });
  results.getResult = { status: docs.status, result: docs.livenessResult?.result };

  const added = await resultApi.getResult({ ...credentials, bizId: f.bizIdVendorAddedValues });
  results.getResultVendorAddedValues = { status: added.status, procedureType: added.livenessResult?.procedureType,
    result: added.livenessResult?.result, faceReplaced: added.livenessResult?.faceGenuineness?.faceReplaced,
    idAttacked: added.verifyResult?.idExceptions?.idAttacked };

  try {
    await resultApi.getResult({ ...credentials, bizId: "no-such-biz-id" });
    results.documentedError = { thrown: false };
  } catch (e) {
    if (!(e instanceof ResponseError)) {
      throw e;
    }
    results.documentedError = { status: e.response.status, body: await e.response.json() };
  }
  writeResults(results);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
