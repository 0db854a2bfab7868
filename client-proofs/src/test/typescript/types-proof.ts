// openapi-typescript's types of the published contract (target/clients/openapi-typescript/faceid.ts) check the
// request variants: each alternative's required fields are required once its selector value is chosen.
import type { components } from "../../../target/clients/openapi-typescript/faceid";

type VerifyForm = components["schemas"]["VerifyRequest"];
type BizTokenForm = components["schemas"]["BizTokenRequest"];
type VerifyResult = components["schemas"]["VerifyResponse"];

export const dataSourceByFaceToken: VerifyForm = {
  api_key: "k", api_secret: "s", comparison_type: "1", idcard_name: "张三", idcard_number: "11010519491231002X",
  face_image_type: "facetoken", face_token: "5e0c4a6b1f2d3e4f5a6b7c8d9e0f1a2b",
};

export const referenceByMegLive: VerifyForm = {
  api_key: "k", api_secret: "s", comparison_type: "0", uuid: "u", image_ref1: "<file>",
  face_image_type: "meglive", delta: "d", image_best: "<file>",
};

export const stillWithDataSource: BizTokenForm = {
  sign: "s", sign_version: "hmac_sha1", liveness_type: "still", comparison_type: "1",
  idcard_name: "张三", idcard_number: "11010519491231002X",
};

// The negative cases: each must fail to compile, or tsc reports the directive as unused and the proof fails.
// @ts-expect-error idcard_name is required with comparison_type 1
export const dataSourceWithoutName: VerifyForm = {
  api_key: "k", api_secret: "s", comparison_type: "1", idcard_number: "11010519491231002X",
  face_image_type: "facetoken", face_token: "t",
};

// @ts-expect-error face_token is required with face_image_type facetoken
export const faceTokenWithoutToken: VerifyForm = {
  api_key: "k", api_secret: "s", comparison_type: "1", idcard_name: "张三", idcard_number: "11010519491231002X",
  face_image_type: "facetoken",
};

// @ts-expect-error image is required with liveness_type raw_image
export const rawImageWithoutImage: BizTokenForm = {
  sign: "s", sign_version: "hmac_sha1", liveness_type: "raw_image", comparison_type: "1",
  idcard_name: "张三", idcard_number: "11010519491231002X",
};

// A response value the contract does not list still type-checks: the value sets are open (D-54).
export const vendorAddedValue: VerifyResult["face_genuineness"] = {
  synthetic_face_confidence: 0, synthetic_face_threshold: 0.5, mask_confidence: 0, mask_threshold: 0.5,
  face_replaced: 2,
};
