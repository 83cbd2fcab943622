package dev.opstracker.http.shared;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A list in one piece, {@code {"items": [...]}}, for lists short enough never to be paged (clients, drafts of a day, runbooks, report rows). */
public record ItemsResponse<T>(@JsonProperty("items") List<T> items) {
}
