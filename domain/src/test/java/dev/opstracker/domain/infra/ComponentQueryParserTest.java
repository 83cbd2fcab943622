package dev.opstracker.domain.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentQueryParserTest {

    private static ComponentFacts component(String kind, String path, Provider provider, Map<String, String> tags) {
        ComponentPath parsed = ComponentPath.parse(path);
        return new ComponentFacts(new ComponentKind(kind), parsed.name(), provider, parsed, tags);
    }

    private static final ComponentFacts CHECKOUT = component("service", "aws/eu-west-1/prod-eks/checkout", Provider.AWS,
            Map.of("env", "prod", "team", "payments"));
    private static final ComponentFacts LEGACY = component("service", "aws/eu-west-1/prod-eks/checkout-legacy", Provider.AWS,
            Map.of("env", "prod", "team", "payments", "deprecated", ""));
    private static final ComponentFacts DATABASE = component("database", "gcp/europe-west1/orders-db", Provider.GCP, Map.of("env", "prod"));
    private static final ComponentFacts STAGING = component("service", "aws/us-east-1/staging-eks/checkout", Provider.AWS,
            Map.of("env", "staging"));

    private static List<ComponentFacts> select(String query) {
        ComponentQuery parsed = ComponentQueryParser.parse(query);
        return List.of(CHECKOUT, LEGACY, DATABASE, STAGING).stream().filter(parsed::matches).toList();
    }

    @Test
    void theIssueExampleSelectsTheLiveCheckoutService() {
        assertThat(select("kind:service env=prod under:aws/eu-west-1 tag:team=payments -tag:deprecated name~checkout*"))
                .containsExactly(CHECKOUT);
    }

    @Test
    void aBlankQueryMatchesEverything() {
        assertThat(select("  ")).hasSize(4);
        assertThat(select(null)).hasSize(4);
    }

    @Test
    void alternativesBindLooserThanTermsSideBySide() {
        assertThat(select("kind:database | env=staging")).containsExactly(DATABASE, STAGING);
        assertThat(select("provider:aws (env=staging | tag:deprecated)")).containsExactly(LEGACY, STAGING);
        assertThat(select("-(kind:service | provider:gcp)")).isEmpty();
    }

    @Test
    void negationAppliesToTheNextTermOnly() {
        assertThat(select("-kind:service env=prod")).containsExactly(DATABASE);
        assertThat(select("- - kind:database")).containsExactly(DATABASE);
    }

    @Test
    void underMatchesThePathItselfAndEverythingBelow() {
        assertThat(select("under:aws/eu-west-1/prod-eks/checkout")).containsExactly(CHECKOUT);
        assertThat(select("under:/aws/")).containsExactly(CHECKOUT, LEGACY, STAGING);
    }

    @Test
    void namePatternsAreGlobsIgnoringCaseWithOtherCharactersLiteral() {
        assertThat(select("name~CHECKOUT")).containsExactly(CHECKOUT, STAGING);
        assertThat(select("name~checkout-?egacy")).containsExactly(LEGACY);
        assertThat(select("name~*-db")).containsExactly(DATABASE);
        assertThat(select("name~orders.db")).isEmpty();
    }

    @Test
    void quotesGroupCharactersIntoOneTerm() {
        ComponentFacts spaced = component("service", "on-prem/rack-1/web", Provider.ON_PREM, Map.of("owner", "ops team (night)"));

        assertThat(ComponentQueryParser.parse("owner=\"ops team (night)\"").matches(spaced)).isTrue();
        assertThat(ComponentQueryParser.parse("owner=\"say \\\"hi\\\"\"")).isEqualTo(new ComponentQuery.TagEquals("owner", "say \"hi\""));
    }

    @Test
    void fieldNamesIgnoreCaseAndValuesAreValidated() {
        assertThat(ComponentQueryParser.parse("KIND:Service")).isEqualTo(new ComponentQuery.KindIs(new ComponentKind("service")));
        assertThat(ComponentQueryParser.parse("provider:on_prem")).isEqualTo(new ComponentQuery.ProviderIs(Provider.ON_PREM));
    }

    @Test
    void syntaxErrorsNameTheColumnWhatWasExpectedAndWhatWasFound() {
        assertError("kind:service (env=prod", "at column 23: expected ')' to close the '(' at column 14 but found the end of the query");
        assertError("kind:service )", "at column 14: expected no ')' without a matching '(' but found ')'");
        assertError("env=prod |", "at column 11: expected a term such as kind:service");
        assertError("| env=prod", "at column 1: expected a term such as kind:service");
        assertError("env=prod -", "at column 11: expected a term such as kind:service, env=prod, tag:team, under:aws/eu-west-1 or name~web* after '-'");
        assertError("owner=\"open", "at column 7: expected a closing '\"' for the quote but found the end of the query");
        assertError("()", "at column 2: expected a term");
    }

    @Test
    void badTermsNameTheColumnAndTheValue() {
        assertError("env=prod color:blue", "at column 10: q 'color:blue' is invalid");
        assertError("kind:Web_Server", "at column 1: kind 'web_server' is invalid");
        assertError("provider:ibm", "provider 'ibm' is invalid: expected one of aws, gcp, azure, hetzner, on-prem, other");
        assertError("under:aws//x", "path 'aws//x' is invalid");
        assertError("size~big*", "only name~GLOB takes a pattern");
        assertError("name~", "name~ needs a pattern");
        assertError("checkout", "expected kind:KIND");
        assertError("1env=prod", "tags '1env' is invalid");
    }

    @Test
    void errorsAboutLongQueriesShowOnlyTheirStart() {
        assertThatThrownBy(() -> ComponentQueryParser.parse("(" + "w".repeat(1_500) + "=x"))
                .hasMessageNotContaining("w".repeat(100))
                .satisfies(thrown -> assertThat(thrown.getMessage()).hasSizeLessThan(400));
        assertThatThrownBy(() -> ComponentQueryParser.parse("env=" + "v".repeat(1_500) + " )"))
                .satisfies(thrown -> assertThat(thrown.getMessage()).hasSizeLessThan(400));
    }

    @Test
    void overlongAndTooDeeplyNestedQueriesAreRefused() {
        assertError("x".repeat(2001), "at most 2000 characters");
        assertError("(".repeat(40) + "env=prod" + ")".repeat(40), "at most 32 levels");
    }

    private static void assertError(String query, String expectedPart) {
        assertThatThrownBy(() -> ComponentQueryParser.parse(query))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("q"))
                .hasMessageContaining(expectedPart);
    }
}
