// Calls every operation of the sandbox through the stock kotlin client (jvm-okhttp4, moshi), compiled by this
// module's Maven build. Run by ClientProofsTest: main(<fixtures.json>, <results.json>).
package dev.faceidkit.clientproofs.kotlin

import com.squareup.moshi.Moshi
import com.squareup.moshi.kotlin.reflect.KotlinJsonAdapterFactory
import org.openapitools.client.apis.BizTokenApi
import org.openapitools.client.apis.RawVerifyApi
import org.openapitools.client.apis.ResultApi
import org.openapitools.client.apis.VerifyApi
import org.openapitools.client.infrastructure.ClientError
import org.openapitools.client.infrastructure.ClientException
import java.io.File
import java.security.SecureRandom
import java.util.Base64
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

private val moshi = Moshi.Builder().add(KotlinJsonAdapterFactory()).build()
private val mapAdapter = moshi.adapter<Map<String, Any?>>(Map::class.java)

/** The get_biz_token sign, computed here: Base64(HMAC-SHA1(secret, raw) + raw), d ten digits. */
fun sign(apiKey: String, apiSecret: String): String {
    val now = System.currentTimeMillis() / 1000
    val d = "%010d".format(SecureRandom().nextLong(10_000_000_000L))
    val raw = "a=$apiKey&b=${now + 300}&c=$now&d=$d".toByteArray()
    val mac = Mac.getInstance("HmacSHA1").apply { init(SecretKeySpec(apiSecret.toByteArray(), "HmacSHA1")) }
    return Base64.getEncoder().encodeToString(mac.doFinal(raw) + raw)
}

fun main(args: Array<String>) {
    @Suppress("UNCHECKED_CAST")
    val f = mapAdapter.fromJson(File(args[0]).readText()) as Map<String, String>
    val base = f.getValue("baseUrl")
    val key = f.getValue("apiKey")
    val secret = f.getValue("apiSecret")
    val name = f.getValue("idcardName")
    val number = f.getValue("idcardNumber")
    val photo = File(f.getValue("photo"))
    val results = linkedMapOf<String, Any?>()
    val verify = VerifyApi(base)

    val byToken = verify.verify(key, secret, VerifyApi.ComparisonTypeVerify._1, VerifyApi.FaceImageTypeVerify.facetoken,
        idcardName = name, idcardNumber = number, faceToken = f.getValue("faceToken"))
    results["verifyDataSourceFaceToken"] = mapOf("requestId" to byToken.requestId,
        "confidence" to byToken.resultFaceid?.confidence, "idAttacked" to byToken.idExceptions?.idAttacked)
    val byRaw = verify.verify(key, secret, VerifyApi.ComparisonTypeVerify._0, VerifyApi.FaceImageTypeVerify.raw_image,
        uuid = "proof-uuid", imageRef1 = photo, image = photo)
    results["verifyReferenceRawImage"] = mapOf("confidence" to byRaw.resultRef1?.confidence)
    val byMegLive = verify.verify(key, secret, VerifyApi.ComparisonTypeVerify._1, VerifyApi.FaceImageTypeVerify.meglive,
        idcardName = name, idcardNumber = number, delta = "proof-delta-kt-${System.nanoTime()}", imageBest = photo)
    results["verifyDataSourceMegLive"] = mapOf("confidence" to byMegLive.resultFaceid?.confidence,
        "maskThreshold" to byMegLive.faceGenuineness?.maskThreshold)
    val byFlash = verify.verify(key, secret, VerifyApi.ComparisonTypeVerify._0,
        VerifyApi.FaceImageTypeVerify.meglive_flash, uuid = "proof-uuid", imageRef1 = photo,
        megliveFlashResult = File(f.getValue("megliveFlashResult")))
    results["verifyReferenceMegLiveFlash"] = mapOf("confidence" to byFlash.resultRef1?.confidence)

    val raw = RawVerifyApi(base).rawVerify(key, secret, f.getValue("rawToken"),
        RawVerifyApi.ComparisonTypeRawVerify._1, bizNo = "proof-raw-verify", idcardName = name, idcardNumber = number)
    results["rawVerify"] = mapOf("procedureValidation" to raw.liveness.procedureValidation, "bizNo" to raw.bizNo,
        "confidence" to raw.resultFaceid?.confidence)

    val token = BizTokenApi(base).getBizToken(sign(key, secret), BizTokenApi.SignVersionGetBizToken.hmac_sha1,
        BizTokenApi.LivenessTypeGetBizToken.still, BizTokenApi.ComparisonTypeGetBizToken._1,
        idcardName = name, idcardNumber = number)
    results["getBizToken"] = mapOf("bizToken" to token.bizToken)

    val resultApi = ResultApi(base)
    val docs = resultApi.getResult(key, secret, f.getValue("bizIdDocsSuccess"))
    results["getResult"] = mapOf("status" to docs.status, "result" to docs.livenessResult?.result)
    val added = resultApi.getResult(key, secret, f.getValue("bizIdVendorAddedValues"))
    results["getResultVendorAddedValues"] = mapOf("status" to added.status,
        "procedureType" to added.livenessResult?.procedureType, "result" to added.livenessResult?.result,
        "faceReplaced" to added.livenessResult?.faceGenuineness?.faceReplaced,
        "idAttacked" to added.verifyResult?.idExceptions?.idAttacked)

    results["documentedError"] = try {
        resultApi.getResult(key, secret, "no-such-biz-id")
        mapOf("thrown" to false)
    } catch (e: ClientException) {
        val body = (e.response as ClientError<*>).body as String
        mapOf("status" to e.statusCode, "body" to mapAdapter.fromJson(body))
    }
    File(args[1]).writeText(mapAdapter.indent("  ").toJson(results))
}
