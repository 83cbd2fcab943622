package dev.opstracker.bootstrap.archfixture.domain.alpha;

import dev.opstracker.bootstrap.archfixture.domain.beta.Beta;

/** With {@link Beta}, breaks "domain feature packages form no cycles". */
public record Alpha(Beta beta) {
}
