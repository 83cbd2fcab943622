package dev.opstracker.http.alert;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.opstracker.domain.alert.AlertRule;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.alert.AlertRulesCodec;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.ComponentMapping;
import dev.opstracker.domain.alert.IntakePolicy;
import dev.opstracker.domain.alert.LabelMatcher;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.alert.TaskDefaults;
import dev.opstracker.domain.alert.Threshold;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.http.BodyProblems;
import dev.opstracker.http.JsonMapping;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The alert rules as a JSON {@link RulesDocument}: what the configuration file, the API and the
 * store hold. Reading is strict (an unknown member is an error naming it) and every refusal names
 * where in the document it is, such as {@code rules[2].matchers[0]}.
 */
public final class JsonAlertRules implements AlertRulesCodec {

    private static final String FALLBACK = "default";

    private final ObjectMapper mapper = JsonMapping.create().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String write(AlertRules rules) {
        try {
            return mapper.writeValueAsString(document(rules));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("the rules document is plain data", impossible);
        }
    }

    @Override
    public AlertRules read(String document) {
        RulesDocument parsed;
        try {
            parsed = mapper.readValue(requireNonNull(document, "document is null"), RulesDocument.class);
        } catch (JsonProcessingException unreadable) {
            throw new DomainException.InvalidInput("rules", "(document)", BodyProblems.describe(unreadable));
        }
        return rules(parsed == null ? new RulesDocument(null, null) : parsed);
    }

    /** Reads a document Jackson already bound, as the API does. */
    AlertRules rules(RulesDocument document) {
        List<AlertRule> rules = new ArrayList<>();
        List<RulesDocument.Rule> given = document.rules() == null ? List.of() : document.rules();
        for (int index = 0; index < given.size(); index++) {
            String where = "rules[%d]".formatted(index);
            RulesDocument.Rule rule = given.get(index);
            if (rule == null) {
                throw new DomainException.InvalidInput(where, null, "expected a rule object");
            }
            rules.add(named(where, () -> rule(where, rule, false)));
        }
        AlertRule fallback = document.fallback() == null ? AlertRule.CATCH_ALL : named(FALLBACK, () -> rule(FALLBACK, document.fallback(), true));
        return named("rules", () -> new AlertRules(rules, fallback));
    }

    private static AlertRule rule(String where, RulesDocument.Rule rule, boolean fallback) {
        if (fallback && (rule.name() != null || rule.sources() != null || rule.matchers() != null)) {
            throw new DomainException.InvalidInput(where, "name/sources/matchers", "the default route takes every other alert: it has no name, sources or matchers");
        }
        IntakePolicy defaults = IntakePolicy.DEFAULT;
        IntakePolicy policy = new IntakePolicy(rule.closeOnResolve() == null ? defaults.closeOnResolve() : rule.closeOnResolve(),
                rule.refire() == null ? defaults.refire() : refire(rule.refire()), priorities(rule.priorities()),
                rule.groupBy() == null ? defaults.groupBy() : rule.groupBy(),
                rule.groupWindow() == null ? defaults.groupWindow() : Durations.parse("groupWindow", rule.groupWindow()));
        Threshold threshold = rule.threshold() == null ? Threshold.NONE
                : new Threshold(rule.threshold().count(), Durations.parse("threshold.window", rule.threshold().window()));
        TaskDefaults task = new TaskDefaults(rule.assignee(), BillingCode.parseOptional("client", rule.client()),
                BillingCode.parseOptional("project", rule.project()));
        List<String> matcherTexts = rule.matchers() == null ? List.of() : rule.matchers();
        List<LabelMatcher> matchers = new ArrayList<>();
        for (int index = 0; index < matcherTexts.size(); index++) {
            matchers.add(LabelMatcher.parse("matchers[%d]".formatted(index), matcherTexts.get(index)));
        }
        Set<AlertSource> sources = rule.sources() == null ? Set.of()
                : rule.sources().stream().map(source -> AlertSource.parse("sources", source)).collect(Collectors.toSet());
        List<RulesDocument.Mapping> mappingDocuments = rule.components() == null ? List.of() : rule.components();
        List<ComponentMapping> mappings = new ArrayList<>();
        for (int index = 0; index < mappingDocuments.size(); index++) {
            String place = "components[%d]".formatted(index);
            RulesDocument.Mapping mapping = mappingDocuments.get(index);
            if (mapping == null) {
                throw new DomainException.InvalidInput(place, null, "expected a component mapping object with a label");
            }
            mappings.add(named(place, () -> mapping(mapping)));
        }
        return new AlertRule(fallback ? AlertRule.CATCH_ALL.name() : rule.name(), sources, matchers, policy, threshold, task, mappings,
                rule.dedupBy() == null ? List.of() : rule.dedupBy());
    }

    private static ComponentMapping mapping(RulesDocument.Mapping mapping) {
        ComponentMapping.Unknown unknown = switch (mapping.unknown() == null ? "tag" : mapping.unknown().strip().toLowerCase(Locale.ROOT)) {
            case "register" -> ComponentMapping.Unknown.REGISTER;
            case "tag" -> ComponentMapping.Unknown.TAG;
            default -> throw new DomainException.InvalidInput("unknown", mapping.unknown(), "expected register or tag");
        };
        return new ComponentMapping(mapping.label(), mapping.filter(), unknown, ComponentKind.parse(mapping.kind() == null ? "node" : mapping.kind()),
                mapping.stripPort() != null && mapping.stripPort());
    }

    private static IntakePolicy.Refire refire(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "reopen" -> IntakePolicy.Refire.REOPEN;
            case "new-task" -> IntakePolicy.Refire.NEW_TASK;
            default -> throw new DomainException.InvalidInput("refire", text, "expected reopen or new-task");
        };
    }

    private static Map<Severity, Priority> priorities(Map<String, String> given) {
        Map<Severity, Priority> priorities = new EnumMap<>(Severity.class);
        if (given != null) {
            given.forEach((severity, priority) -> priorities.put(Severity.parse("priorities", severity), Priority.parse("priorities." + severity, priority)));
        }
        return priorities;
    }

    /** Runs a read, prefixing the field of a refusal with where in the document it happened. */
    private static <T> T named(String where, Supplier<T> read) {
        try {
            return read.get();
        } catch (DomainException.InvalidInput refused) {
            String field = refused.field();
            throw field == null || field.startsWith(where) ? refused : refused.renamed(where + "." + field);
        }
    }

    private static RulesDocument document(AlertRules rules) {
        return new RulesDocument(rules.rules().stream().map(rule -> rule(rule, false)).toList(), rule(rules.fallback(), true));
    }

    private static RulesDocument.Rule rule(AlertRule rule, boolean fallback) {
        IntakePolicy policy = rule.policy();
        Map<String, String> priorities = new LinkedHashMap<>();
        policy.priorities().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> priorities.put(entry.getKey().name().toLowerCase(Locale.ROOT), entry.getValue().name()));
        return new RulesDocument.Rule(fallback ? null : rule.name(),
                fallback ? null : rule.sources().stream().map(AlertSource::wireName).sorted().toList(),
                fallback ? null : rule.matchers().stream().map(LabelMatcher::toString).toList(),
                priorities, policy.closeOnResolve(), policy.refire().name().toLowerCase(Locale.ROOT).replace('_', '-'), policy.groupBy(),
                Durations.format(policy.groupWindow()),
                rule.threshold().immediate() ? null : new RulesDocument.Threshold(rule.threshold().count(), Durations.format(rule.threshold().window())),
                rule.defaults().assignee(), code(rule.defaults().client()), code(rule.defaults().project()),
                rule.components().isEmpty() ? null : rule.components().stream().map(JsonAlertRules::mapping).toList(),
                rule.dedupBy().isEmpty() ? null : rule.dedupBy());
    }

    private static RulesDocument.Mapping mapping(ComponentMapping mapping) {
        return new RulesDocument.Mapping(mapping.label(), mapping.filter(), mapping.unknown().name().toLowerCase(Locale.ROOT), mapping.kind().name(),
                mapping.stripPort());
    }

    private static String code(BillingCode code) {
        return code == null ? null : code.value();
    }
}
