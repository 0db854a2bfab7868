"""Calls every operation of the sandbox through the stock python client (package faceid_client).

Usage: python3 proof.py <fixtures.json> <results.json>, with the generated client on PYTHONPATH.
"""
import base64
import hashlib
import hmac
import json
import secrets
import sys
import time

import faceid_client
from faceid_client.exceptions import ApiException


def sign(api_key, api_secret):
    """The get_biz_token sign, computed here: Base64(HMAC-SHA1(secret, raw) + raw), d ten digits."""
    now = int(time.time())
    raw = "a={}&b={}&c={}&d={:010d}".format(api_key, now + 300, now, secrets.randbelow(10 ** 10))
    mac = hmac.new(api_secret.encode(), raw.encode(), hashlib.sha1).digest()
    return base64.b64encode(mac + raw.encode()).decode()


def main(fixtures_path, results_path):
    with open(fixtures_path, encoding="utf-8") as f:
        fx = json.load(f)
    with open(fx["photo"], "rb") as f:
        photo = ("face.png", f.read())
    with open(fx["megliveFlashResult"], "rb") as f:
        flash = ("flash.json", f.read())
    client = faceid_client.ApiClient(faceid_client.Configuration(host=fx["baseUrl"]))
    credentials = {"api_key": fx["apiKey"], "api_secret": fx["apiSecret"]}
    data_source = {"comparison_type": "1", "idcard_name": fx["idcardName"], "idcard_number": fx["idcardNumber"]}
    verify = faceid_client.VerifyApi(client)
    results = {}

    r = verify.verify(**credentials, **data_source, face_image_type="facetoken", face_token=fx["faceToken"])
    results["verifyDataSourceFaceToken"] = {"requestId": r.request_id, "confidence": r.result_faceid.confidence,
                                            "idAttacked": r.id_exceptions.id_attacked}
    r = verify.verify(**credentials, comparison_type="0", uuid="proof-uuid", image_ref1=photo,
                      face_image_type="raw_image", image=photo)
    results["verifyReferenceRawImage"] = {"confidence": r.result_ref1.confidence}
    r = verify.verify(**credentials, **data_source, face_image_type="meglive",
                      delta="proof-delta-py-{}".format(time.time_ns()), image_best=photo)
    results["verifyDataSourceMegLive"] = {"confidence": r.result_faceid.confidence,
                                          "maskThreshold": r.face_genuineness.mask_threshold}
    r = verify.verify(**credentials, comparison_type="0", uuid="proof-uuid", image_ref1=photo,
                      face_image_type="meglive_flash", meglive_flash_result=flash)
    results["verifyReferenceMegLiveFlash"] = {"confidence": r.result_ref1.confidence}

    r = faceid_client.RawVerifyApi(client).raw_verify(**credentials, token=fx["rawToken"], **data_source,
                                                      biz_no="proof-raw-verify")
    results["rawVerify"] = {"procedureValidation": r.liveness.procedure_validation, "bizNo": r.biz_no,
                            "confidence": r.result_faceid.confidence}

    r = faceid_client.BizTokenApi(client).get_biz_token(sign=sign(fx["apiKey"], fx["apiSecret"]),
                                                        sign_version="hmac_sha1", liveness_type="still",
                                                        **data_source)
    results["getBizToken"] = {"bizToken": r.biz_token}

    result_api = faceid_client.ResultApi(client)
    r = result_api.get_result(**credentials, biz_id=fx["bizIdDocsSuccess"])
    results["getResult"] = {"status": r.status, "result": r.liveness_result.result}
    r = result_api.get_result(**credentials, biz_id=fx["bizIdVendorAddedValues"])
    results["getResultVendorAddedValues"] = {
        "status": r.status, "procedureType": r.liveness_result.procedure_type, "result": r.liveness_result.result,
        "faceReplaced": r.liveness_result.face_genuineness.face_replaced,
        "idAttacked": r.verify_result.id_exceptions.id_attacked}

    try:
        result_api.get_result(**credentials, biz_id="no-such-biz-id")
        results["documentedError"] = {"thrown": False}
    except ApiException as e:
        results["documentedError"] = {"status": e.status, "body": json.loads(e.body)}

    with open(results_path, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
