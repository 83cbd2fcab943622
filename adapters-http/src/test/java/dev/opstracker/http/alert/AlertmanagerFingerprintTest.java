package dev.opstracker.http.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertmanagerFingerprintTest {

    @Test
    void anEmptyLabelSetHasTheFnvOffsetBasisAsPrometheusDoes() {
        assertThat(AlertmanagerFingerprint.of(Map.of())).isEqualTo("cbf29ce484222325");
    }

    @Test
    void matchesPrometheusOwnTestVector() {
        // prometheus/common model/signature_test.go: LabelsToSignature of these labels is 5799056148416392346.
        Map<String, String> labels = Map.of("name", "garland, briggs", "fear", "love is not enough");

        assertThat(AlertmanagerFingerprint.of(labels)).isEqualTo(Long.toHexString(5799056148416392346L)).isEqualTo("507a62d79ee76c9a");
    }

    @Test
    void theOrderLabelsArriveInDoesNotMatter() {
        Map<String, String> forward = new LinkedHashMap<>();
        forward.put("a", "b");
        forward.put("c", "d");
        Map<String, String> backward = new LinkedHashMap<>();
        backward.put("c", "d");
        backward.put("a", "b");

        assertThat(AlertmanagerFingerprint.of(forward)).isEqualTo(AlertmanagerFingerprint.of(backward));
    }

    @Test
    void theSeparatorKeepsShiftedBoundariesApart() {
        assertThat(AlertmanagerFingerprint.of(Map.of("a", "bc"))).isNotEqualTo(AlertmanagerFingerprint.of(Map.of("ab", "c")));
    }
}
