package dev.faceidkit.sdk.internal;

import dev.faceidkit.generated.client.model.GetResultResponse;
import dev.faceidkit.generated.client.model.IdcardInfo;

/**
 * get_result's {@code idcard_info.idcard_uneditable_field} is spelt {@code idcard_uneditable_feild} in the
 * documentation's example, so a server may send either. The model declares both; this copies the misspelt
 * value into the correct property when only the misspelt one came, so callers read one getter.
 */
public final class UneditableFieldSpelling {

    private UneditableFieldSpelling() {
    }

    // Reading the deprecated misspelt property is the point of this class.
    @SuppressWarnings("deprecation")
    public static GetResultResponse normalise(GetResultResponse response) {
        IdcardInfo info = response.getIdcardInfo();
        if (info != null && info.getIdcardUneditableField() == null && info.getIdcardUneditableFeild() != null) {
            info.setIdcardUneditableField(info.getIdcardUneditableFeild());
        }
        return response;
    }
}
