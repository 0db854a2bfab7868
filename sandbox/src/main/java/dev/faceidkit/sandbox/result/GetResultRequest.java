package dev.faceidkit.sandbox.result;

/**
 * A get_result query that passed validation.
 *
 * @param returnImage which images, 0 (none) to 6
 */
public record GetResultRequest(String bizId, boolean returnVerifyTime, int returnImage, boolean getFailReason,
                               boolean returnMultifacesTag) {
}
