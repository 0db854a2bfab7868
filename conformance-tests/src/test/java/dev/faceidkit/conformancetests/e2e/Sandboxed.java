package dev.faceidkit.conformancetests.e2e;

import dev.faceidkit.conformancetests.client.SdkClients;
import dev.faceidkit.conformancetests.server.SandboxFixtures;
import dev.faceidkit.sdk.FaceIdClient;
import dev.faceidkit.sdk.FileUpload;
import dev.faceidkit.testsupport.process.SandboxProcess;
import java.util.regex.Pattern;

/** What the end-to-end tests share: an SDK client of the sandbox, its fixtures, and the identity photo. */
final class Sandboxed {

    static final Pattern REQUEST_ID =
            Pattern.compile("[0-9]{10},[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    final FaceIdClient client;
    final SandboxFixtures fixtures;
    final String baseUrl;

    Sandboxed(SandboxProcess sandbox) {
        this.baseUrl = sandbox.baseUrl();
        this.client = SdkClients.client(baseUrl, "example-api-key", "example-api-secret");
        this.fixtures = new SandboxFixtures(baseUrl);
    }

    /** The face of the example identity 张三 (11010519491231002X). */
    FileUpload photo(String filename) {
        return FileUpload.fromBytes(fixtures.identityPhoto(SandboxFixtures.NORMAL_ID), filename, "image/png");
    }
}
