package dev.opstracker.domain.time;

import dev.opstracker.domain.task.BillingCode;
import java.util.List;
import java.util.Map;

/**
 * Where an entry's client and project come from when it does not name them: the task's, then the
 * {@code client} and {@code project} tags of the components the task is linked to. Tags inherit
 * down the infrastructure tree, so a client tag on a cluster bills work on every service under it
 * unless a component below says otherwise.
 */
public record BillingDefaults(BillingCode client, BillingCode project) {

    public static final String CLIENT_TAG = "client";
    public static final String PROJECT_TAG = "project";

    /**
     * The codes for an entry: those given, else the task's, else from the first linked component
     * (in link order) whose effective tags name a client; a project tag is taken only from a
     * component whose client tag names the same client. Tag values that are not billing codes are passed over.
     *
     * @param componentTags the effective tags of the task's linked components, in link order
     */
    public static BillingDefaults choose(BillingCode client, BillingCode project, List<Map<String, String>> componentTags) {
        BillingCode chosenClient = client;
        for (Map<String, String> tags : componentTags) {
            if (chosenClient != null) {
                break;
            }
            chosenClient = code(tags.get(CLIENT_TAG));
        }
        BillingCode chosenProject = project;
        for (Map<String, String> tags : componentTags) {
            if (chosenProject != null) {
                break;
            }
            // A project code is unique within its client only: take it from a component billing the same client.
            BillingCode tagClient = code(tags.get(CLIENT_TAG));
            if (tagClient != null && tagClient.equals(chosenClient)) {
                chosenProject = code(tags.get(PROJECT_TAG));
            }
        }
        return new BillingDefaults(chosenClient, chosenProject);
    }

    public boolean isComplete() {
        return client != null && project != null;
    }

    private static BillingCode code(String tagValue) {
        try {
            return tagValue == null ? null : BillingCode.parseOptional(PROJECT_TAG, tagValue);
        } catch (RuntimeException notACode) {
            return null;
        }
    }
}
