package dev.opstracker.bootstrap.archfixture.domain.beta;

import dev.opstracker.bootstrap.archfixture.domain.alpha.Alpha;

/** With {@link Alpha}, breaks "domain feature packages form no cycles". */
public record Beta(Alpha alpha) {
}
