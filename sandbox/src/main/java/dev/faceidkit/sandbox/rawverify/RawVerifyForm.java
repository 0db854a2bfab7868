package dev.faceidkit.sandbox.rawverify;

import org.springframework.web.multipart.MultipartFile;

/** The Raw-Verify form as received (credentials aside): every field as sent, absent ones null. */
public record RawVerifyForm(
        String token,
        String comparisonType,
        String bizNo,
        String livenessPreferences,
        String multiOrientedDetection,
        String idcardName,
        String idcardNumber,
        MultipartFile imageRef1,
        MultipartFile imageRef2,
        MultipartFile imageRef3,
        String uuid) {
}
