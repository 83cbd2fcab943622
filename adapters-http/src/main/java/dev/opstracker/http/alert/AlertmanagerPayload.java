package dev.opstracker.http.alert;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The body Alertmanager's {@code webhook_config} posts (version "4") and Grafana's webhook contact
 * point posts (version "1": the same shape plus the Grafana fields below). Only the fields
 * OpsTracker reads are bound; the rest ({@code version}, {@code receiver}, the group's common
 * labels, which Alertmanager repeats in every alert) and any a new release adds are ignored.
 *
 * @param groupKey        the sender's aggregation group
 * @param externalURL     a link back to the Alertmanager or Grafana
 * @param truncatedAlerts how many alerts the sender left out ({@code max_alerts}); 0 or absent means none
 * @param alerts          the alerts of the group, firing and resolved
 */
record AlertmanagerPayload(
        @JsonProperty("groupKey") String groupKey,
        @JsonProperty("externalURL") String externalURL,
        @JsonProperty("truncatedAlerts") Integer truncatedAlerts,
        @JsonProperty("alerts") List<Entry> alerts) {

    /**
     * One alert. {@code status} alone says whether it is resolved: a firing alert may carry a future
     * {@code endsAt}, or {@code 0001-01-01T00:00:00Z} for none.
     *
     * @param fingerprint  Alertmanager's hash of the label set
     * @param dashboardURL Grafana only, like the fields after it
     * @param values       Grafana: the query results by refID, such as {@code {"B": 44.23}}
     */
    record Entry(
            @JsonProperty("status") String status,
            @JsonProperty("labels") Map<String, String> labels,
            @JsonProperty("annotations") Map<String, String> annotations,
            @JsonProperty("startsAt") String startsAt,
            @JsonProperty("endsAt") String endsAt,
            @JsonProperty("generatorURL") String generatorURL,
            @JsonProperty("fingerprint") String fingerprint,
            @JsonProperty("silenceURL") String silenceURL,
            @JsonProperty("dashboardURL") String dashboardURL,
            @JsonProperty("panelURL") String panelURL,
            @JsonProperty("imageURL") String imageURL,
            @JsonProperty("values") Map<String, BigDecimal> values,
            @JsonProperty("valueString") String valueString,
            @JsonProperty("ruleUID") String ruleUID) {
    }
}
