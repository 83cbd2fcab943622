package dev.opstracker.domain.testing;

import java.util.SplittableRandom;
import java.util.function.BiConsumer;

/**
 * Runs a property over generated inputs: {@code Tries.forAll(gen, value -> assertThat(...))}.
 *
 * <p>Each property has its own fixed seed, taken from the test's class and method name, so that the
 * ordinary build tries the same inputs every time and a failure repeats. {@code -Dprops.seed=N} runs
 * every property from seed N instead ({@code -Dprops.seed=random} a new one each run, printed on
 * failure); {@code -Dprops.tries=N} changes how many inputs a property gets (default 100). A failure
 * names the try, the seed that repeats it and the input, escaped so that control characters show.
 */
public final class Tries {

    private static final int DEFAULT_TRIES = Integer.getInteger("props.tries", 100);

    private Tries() {
    }

    @FunctionalInterface
    public interface Property<T> {
        void check(T value) throws Exception;
    }

    @FunctionalInterface
    public interface Property2<A, B> {
        void check(A a, B b) throws Exception;
    }

    @FunctionalInterface
    public interface Property3<A, B, C> {
        void check(A a, B b, C c) throws Exception;
    }

    public static <T> void forAll(Gen<T> gen, Property<? super T> property) {
        run(DEFAULT_TRIES, gen, property, seedOfCaller());
    }

    /** A property that asks for a number of tries of its own, scaled like the default by {@code -Dprops.tries}. */
    public static <T> void forAll(int tries, Gen<T> gen, Property<? super T> property) {
        run(Math.max(1, (int) ((long) tries * DEFAULT_TRIES / 100)), gen, property, seedOfCaller());
    }

    public static <A, B> void forAll(Gen<A> a, Gen<B> b, Property2<? super A, ? super B> property) {
        run(DEFAULT_TRIES, Gen.combine(a, b, Pair::new), pair -> property.check(pair.a(), pair.b()), seedOfCaller());
    }

    public static <A, B, C> void forAll(Gen<A> a, Gen<B> b, Gen<C> c, Property3<? super A, ? super B, ? super C> property) {
        run(DEFAULT_TRIES, Gen.combine(a, b, c, Triple::new), triple -> property.check(triple.a(), triple.b(), triple.c()), seedOfCaller());
    }

    private record Pair<A, B>(A a, B b) {
    }

    private record Triple<A, B, C>(A a, B b, C c) {
    }

    private static <T> void run(int tries, Gen<T> gen, Property<? super T> property, long seed) {
        for (int attempt = 1; attempt <= tries; attempt++) {
            T value = gen.next(new SplittableRandom(seed * 31 + attempt));
            try {
                property.check(value);
            } catch (Exception | AssertionError failure) {
                throw new AssertionError("property failed on try " + attempt + " of " + tries + " (-Dprops.seed=" + seed + " repeats it) with input: "
                        + Shown.escaped(value) + "\n" + failure.getMessage(), failure);
            }
        }
    }

    private static long seedOfCaller() {
        String chosen = System.getProperty("props.seed", "");
        if (chosen.equals("random")) {
            return new SplittableRandom().nextLong();
        }
        if (!chosen.isBlank()) {
            return Long.parseLong(chosen.strip());
        }
        StackWalker.StackFrame caller = StackWalker.getInstance()
                .walk(frames -> frames.filter(frame -> !frame.getClassName().equals(Tries.class.getName())).findFirst().orElseThrow());
        return (caller.getClassName() + "#" + caller.getMethodName()).hashCode();
    }
}
