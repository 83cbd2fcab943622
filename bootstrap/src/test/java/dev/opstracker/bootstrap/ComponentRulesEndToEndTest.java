package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.infra.CreateComponentCommand;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.DomainException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kinds and parenting rules kept in the database: through the library, across a restart, and over HTTP. */
class ComponentRulesEndToEndTest {

    @TempDir
    Path dataDirectory;

    @Test
    void registeredKindsAndReplacedRulesSurviveReopeningAndGovernComponentWrites() {
        ParentingRules rules = new ParentingRules(Map.of("provider", Set.of("region"), "region", Set.of("lambda")), Set.of("provider"));
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            ops.infrastructureRules().registerKind(new ComponentKind("lambda"), "a serverless function");
            ops.infrastructureRules().replaceParentingRules(rules, false);
        }

        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            assertThat(ops.infrastructureRules().parentingRules()).isEqualTo(rules);
            Component aws = ops.infrastructure().create(new CreateComponentCommand(
                    ComponentDetails.of("provider", "aws").withProvider(Provider.AWS), null));
            Component region = ops.infrastructure().create(new CreateComponentCommand(ComponentDetails.of("region", "eu-west-1"), aws.id()));
            assertThat(ops.infrastructure().create(new CreateComponentCommand(ComponentDetails.of("lambda", "resize"), region.id())).path())
                    .hasToString("aws/eu-west-1/resize");
            assertThatThrownBy(() -> ops.infrastructure().create(new CreateComponentCommand(ComponentDetails.of("lamda", "x"), region.id())))
                    .isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("did you mean lambda?");
        }
    }

    @Test
    void theServerServesKindsAndRulesToAnAdmin() throws IOException {
        try (RunningServer server = RunningServer.start(Settings.embedded(dataDirectory).withPort(0))) {
            ApiClient api = new ApiClient(server.port(), Files.readString(dataDirectory.resolve("admin.token")).strip());

            assertThat(api.post("/api/v1/component-kinds", "{\"name\":\"lambda\"}").status()).isEqualTo(201);
            ApiClient.Reply replaced = api.put("/api/v1/parenting-rules",
                    "{\"permissive\":false,\"roots\":[\"provider\"],\"children\":{\"provider\":[\"lambda\"]}}");
            assertThat(replaced.status()).as(replaced.response().body()).isEqualTo(200);
            assertThat(api.get("/api/v1/parenting-rules").json().get("children").get("provider").get(0).asText()).isEqualTo("lambda");
            assertThat(api.get("/api/v1/component-kinds").json().get("items").toString()).contains("\"lambda\"");
            assertThat(api.delete("/api/v1/component-kinds/lambda", null).json().get("reason").asText()).isEqualTo("kind-in-rules");
        }
    }
}
