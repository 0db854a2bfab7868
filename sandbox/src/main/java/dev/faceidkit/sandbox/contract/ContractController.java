package dev.faceidkit.sandbox.contract;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the contract the sandbox implements, exactly as bundled in the faceid-openapi jar. */
@RestController
public class ContractController {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final ServedContract spec;

    public ContractController(ServedContract spec) {
        this.spec = spec;
    }

    @GetMapping("/openapi.yaml")
    ResponseEntity<byte[]> yaml() {
        return ResponseEntity.ok().contentType(YAML).body(spec.yaml());
    }

    @GetMapping("/openapi.json")
    ResponseEntity<byte[]> json() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(spec.json());
    }
}
