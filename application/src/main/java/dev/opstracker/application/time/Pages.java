package dev.opstracker.application.time;

import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads every page of a paged list, the largest pages a store serves, without counting totals. */
final class Pages {

    private Pages() {
    }

    static <T> List<T> all(Function<PageRequest, Page<T>> read) {
        List<T> items = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT).withoutTotal();
        while (true) {
            Page<T> page = read.apply(request);
            items.addAll(page.items());
            if (page.next() == null) {
                return items;
            }
            request = new PageRequest(PageRequest.MAX_LIMIT, page.next(), false);
        }
    }
}
