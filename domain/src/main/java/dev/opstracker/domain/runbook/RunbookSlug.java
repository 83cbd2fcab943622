package dev.opstracker.domain.runbook;

import dev.opstracker.domain.shared.DomainException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A runbook's stable name: lower-case letters, digits and single hyphens, 1 to 80 characters. */
public record RunbookSlug(String value) {

    private static final Pattern SYNTAX = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 80;

    public RunbookSlug {
        if (value == null || value.length() > MAX_LENGTH || !SYNTAX.matcher(value).matches()) {
            throw new DomainException.InvalidInput("slug", value, "lower-case letters, digits and single hyphens, at most " + MAX_LENGTH + " characters");
        }
    }

    /** The slug of a title: accents dropped, everything but letters and digits turned into single hyphens. */
    public static RunbookSlug fromTitle(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return new RunbookSlug(slug.isEmpty() ? "runbook" : slug);
    }

    @Override
    public String toString() {
        return value;
    }
}
