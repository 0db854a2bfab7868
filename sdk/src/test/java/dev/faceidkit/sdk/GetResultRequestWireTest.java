package dev.faceidkit.sdk;

import static dev.faceidkit.sdk.TestClients.API_SECRET;
import static dev.faceidkit.sdk.TestClients.clientFor;
import static dev.faceidkit.sdk.TestClients.json;
import static dev.faceidkit.sdk.TestClients.sdkLogs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.generated.client.model.GetResultResponse;
import dev.faceidkit.sdk.testing.CapturedLogs;
import java.io.IOException;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.Objects;

/** The query string of get_result, its logging, and the idcard_uneditable_feild spelling. */
class GetResultRequestWireTest {

    private static final String BIZ_ID = "1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1";

    private final MockWebServer server = new MockWebServer();
    private FaceIdClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = clientFor(server).build();
        CapturedLogs.clear();
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    @Test
    void sendsTheSecretOnTheWireButNeverInTheLog() throws Exception {
        server.enqueue(json(200, "{\"request_id\":\"r\",\"status\":\"OK\",\"time_used\":93,\"idcard_info\":"
                + "{\"idcard_name\":\"陈AB\",\"idcard_number\":\"110105199106020018\"}}"));

        client.getResult(GetResultRequest.builder()
                .bizId(BIZ_ID)
                .returnVerifyTime(true)
                .returnImage(ReturnImage.ALL)
                .getFailReason(false)
                .returnMultifacesTag(true)
                .extraParameter("lang", "en")
                .build());

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("GET");
        assertThat(sent.getPath()).isEqualTo("/faceid/lite/get_result?api_key=test-api-key&api_secret=" + API_SECRET
                + "&biz_id=1462259748%2C52b13fb5-8dfb-4537-a62b-a641d5e929f1&return_verify_time=1&return_image=4"
                + "&get_fail_reason=0&return_multifaces_tag=1&lang=en");
        String logs = sdkLogs();
        assertThat(logs).contains("--> GET", "api_secret=***", "biz_id=" + BIZ_ID.replace(",", "%2C"),
                "\"idcard_name\":\"***\"", "\"idcard_number\":\"***\"");
        assertThat(logs).doesNotContain(API_SECRET, "陈AB", "110105199106020018");
    }

    @Test
    void onlyTheBizIdWhenNoFlagIsSet() throws Exception {
        server.enqueue(json(200, "{\"request_id\":\"r\",\"status\":\"NOT_STARTED\",\"time_used\":12}"));

        GetResultResponse response = client.getResult(GetResultRequest.builder().bizId("b-1").build());

        assertThat(Objects.toString(response.getStatus(), null)).isEqualTo("NOT_STARTED");
        assertThat(server.takeRequest().getPath())
                .isEqualTo("/faceid/lite/get_result?api_key=test-api-key&api_secret=" + API_SECRET + "&biz_id=b-1");
    }

    @Test
    void readsTheUneditableFieldUnderEitherSpelling() {
        server.enqueue(json(200, "{\"request_id\":\"r\",\"status\":\"OK\",\"time_used\":1,"
                + "\"idcard_info\":{\"idcard_uneditable_feild\":\"idcard_number,idcard_valid_date\"}}"));
        server.enqueue(json(200, "{\"request_id\":\"r\",\"status\":\"OK\",\"time_used\":1,"
                + "\"idcard_info\":{\"idcard_uneditable_field\":\"idcard_name\"}}"));
        GetResultRequest request = GetResultRequest.builder().bizId("b-1").build();

        assertThat(client.getResult(request).getIdcardInfo().getIdcardUneditableField())
                .isEqualTo("idcard_number,idcard_valid_date");
        assertThat(client.getResult(request).getIdcardInfo().getIdcardUneditableField()).isEqualTo("idcard_name");
    }
}
