package dev.faceidkit.sdk;

/**
 * What one operation accepts in a {@link Comparison}; the documents set different limits per operation.
 *
 * @param maxReferencePhotos   image_ref1 ... image_refN
 * @param maxUuidBytes         UTF-8 bytes of uuid
 * @param checksIdentityFormat whether idcard_name is limited to 32 characters and idcard_number must be 17
 *                             digits and a digit or X; otherwise idcard_number is only 18 characters long
 */
record ComparisonLimits(int maxReferencePhotos, int maxUuidBytes, boolean checksIdentityFormat) {

    /** Verify 2.0.6 and Raw-Verify. */
    static final ComparisonLimits VERIFY = new ComparisonLimits(3, 512, true);

    /** get_biz_token, which documents neither a name limit nor the ID number's digit format (D-39). */
    static final ComparisonLimits BIZ_TOKEN = new ComparisonLimits(2, 128, false);
}
