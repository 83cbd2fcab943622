package dev.opstracker.http.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A list in one piece: billing setups hold tens of clients, not thousands, so these lists are not paged. */
record ItemsResponse<T>(@JsonProperty("items") List<T> items) {
}
