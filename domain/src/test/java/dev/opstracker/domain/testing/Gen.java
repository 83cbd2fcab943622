package dev.opstracker.domain.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * A generator of test inputs from a seeded random source, for the property tests run by {@link Tries}.
 * Values near the edges (empty text, empty lists, the ends of a number range) come up more often than
 * chance alone would bring them, because that is where parsers break.
 */
@FunctionalInterface
public interface Gen<T> {

    /** The next value, drawn from {@code random} only, so that the same seed gives the same value. */
    T next(RandomGenerator random);

    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return random -> mapper.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, Gen<? extends R>> mapper) {
        return random -> mapper.apply(next(random)).next(random);
    }

    /** Values that pass {@code keep}; a generator that keeps almost nothing is a mistake in the test, so it gives up after 1,000 draws. */
    default Gen<T> filter(Predicate<? super T> keep) {
        return random -> {
            for (int draw = 0; draw < 1_000; draw++) {
                T value = next(random);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("the filter kept none of 1,000 generated values");
        };
    }

    /** Lists of {@code min} to {@code max} values; the shortest length comes up about one time in ten. */
    default Gen<List<T>> list(int min, int max) {
        Gen<Integer> size = sizes(min, max);
        return random -> {
            int length = size.next(random);
            List<T> values = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                values.add(next(random));
            }
            return values;
        };
    }

    default Gen<List<T>> list(int max) {
        return list(0, max);
    }

    /** Values of this generator joined, {@code min} to {@code max} of them. */
    default Gen<String> joined(String separator, int min, int max) {
        return list(min, max).map(parts -> String.join(separator, parts.stream().map(String::valueOf).toList()));
    }

    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(Arrays.asList(values));
    }

    static <T> Gen<T> of(List<? extends T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        List<? extends T> choices = List.copyOf(values);
        return random -> choices.get(random.nextInt(choices.size()));
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
        return oneOf(Arrays.asList(generators));
    }

    static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> generators) {
        List<? extends Gen<? extends T>> choices = List.copyOf(generators);
        return random -> choices.get(random.nextInt(choices.size())).next(random);
    }

    /** A weighted choice: {@code weight(3, a), weight(1, b)} draws from {@code a} three times as often as from {@code b}. */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
        List<Weighted<? extends T>> all = List.of(choices);
        int total = all.stream().mapToInt(Weighted::weight).sum();
        return random -> {
            int ticket = random.nextInt(total);
            for (Weighted<? extends T> choice : all) {
                ticket -= choice.weight();
                if (ticket < 0) {
                    return choice.gen().next(random);
                }
            }
            throw new IllegalStateException("unreachable: tickets add up to " + total);
        };
    }

    static <T> Weighted<T> weight(int weight, Gen<T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** One choice of {@link #frequency}. */
    record Weighted<T>(int weight, Gen<T> gen) {
        public Weighted {
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive: " + weight);
            }
        }
    }

    /** A generator that refers to itself (a recursive grammar), built when first drawn from. */
    static <T> Gen<T> lazy(Supplier<Gen<T>> generator) {
        return random -> generator.get().next(random);
    }

    static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> combiner) {
        return random -> combiner.apply(a.next(random), b.next(random));
    }

    static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Function3<A, B, C, R> combiner) {
        return random -> combiner.apply(a.next(random), b.next(random), c.next(random));
    }

    static <A, B, C, D, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Function4<A, B, C, D, R> combiner) {
        return random -> combiner.apply(a.next(random), b.next(random), c.next(random), d.next(random));
    }

    @FunctionalInterface
    interface Function3<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    @FunctionalInterface
    interface Function4<A, B, C, D, R> {
        R apply(A a, B b, C c, D d);
    }

    /** Integers from {@code min} to {@code max} inclusive; the ends, zero and one come up about one time in five. */
    static Gen<Integer> ints(int min, int max) {
        return longs(min, max).map(Math::toIntExact);
    }

    /** Longs from {@code min} to {@code max} inclusive; the ends, zero and one come up about one time in five. */
    static Gen<Long> longs(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
        List<Long> edges = new ArrayList<>(List.of(min, max));
        for (long near : new long[] {0, 1, -1}) {
            if (near >= min && near <= max) {
                edges.add(near);
            }
        }
        return random -> {
            if (random.nextInt(5) == 0) {
                return edges.get(random.nextInt(edges.size()));
            }
            long low = Math.max(min, -1_000);
            long high = Math.min(max, 1_000);
            // Half the draws are small, as most values people type are.
            if (random.nextBoolean() && low <= high) {
                return random.nextLong(low, high + 1);
            }
            if (max == Long.MAX_VALUE) {
                return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min, max);
            }
            return random.nextLong(min, max + 1);
        };
    }

    static Gen<Double> doubles(double min, double max) {
        return random -> switch (random.nextInt(8)) {
            case 0 -> min;
            case 1 -> max;
            default -> random.nextDouble(min, Math.nextUp(max));
        };
    }

    /** Text of {@code min} to {@code max} characters from {@code alphabet}. */
    static Gen<String> strings(String alphabet, int min, int max) {
        Gen<Integer> length = sizes(min, max);
        return random -> {
            int size = length.next(random);
            StringBuilder text = new StringBuilder(size);
            for (int i = 0; i < size; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString();
        };
    }

    static Gen<Character> chars(String alphabet) {
        return random -> alphabet.charAt(random.nextInt(alphabet.length()));
    }

    /**
     * Text of {@code min} to {@code max} UTF-16 units of any kind: ASCII, control characters, accented
     * and other scripts, emoji as surrogate pairs, and now and then a lone surrogate or a noncharacter.
     */
    static Gen<String> anyStrings(int min, int max) {
        Gen<Integer> length = sizes(min, max);
        return random -> {
            int size = length.next(random);
            StringBuilder text = new StringBuilder(size);
            while (text.length() < size) {
                int kind = random.nextInt(20);
                if (kind < 9) {
                    text.append((char) random.nextInt(0x20, 0x7F));
                } else if (kind < 11) {
                    text.append((char) random.nextInt(0, 0x20));
                } else if (kind < 14) {
                    text.append((char) random.nextInt(0xA0, 0x800));
                } else if (kind < 16) {
                    text.append((char) random.nextInt(0x800, 0xD800));
                } else if (kind < 18 && text.length() + 2 <= size) {
                    text.appendCodePoint(random.nextInt(0x10000, 0x110000));
                } else if (kind == 18) {
                    text.append((char) random.nextInt(0xD800, 0xE000));
                } else {
                    text.append(Gen.of('\uFFFF', '\uFFFE', '\uFEFF', '\u2028', '\u0085', '\u00A0', '\u200B').next(random));
                }
            }
            return text.toString();
        };
    }

    static Gen<byte[]> bytes(int min, int max) {
        Gen<Integer> length = sizes(min, max);
        return random -> {
            byte[] bytes = new byte[length.next(random)];
            random.nextBytes(bytes);
            return bytes;
        };
    }

    static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values, int min, int max) {
        Gen<Integer> size = sizes(min, max);
        return random -> {
            int wanted = size.next(random);
            Map<K, V> map = new LinkedHashMap<>();
            for (int draw = 0; map.size() < wanted && draw < wanted * 20; draw++) {
                map.put(keys.next(random), values.next(random));
            }
            return map;
        };
    }

    /** The given values in a random order. */
    static <T> Gen<List<T>> shuffle(List<T> values) {
        return random -> {
            List<T> shuffled = new ArrayList<>(values);
            for (int i = shuffled.size() - 1; i > 0; i--) {
                Collections.swap(shuffled, i, random.nextInt(i + 1));
            }
            return shuffled;
        };
    }

    /** Sizes from {@code min} to {@code max}: the smallest about one time in ten, otherwise spread evenly. */
    private static Gen<Integer> sizes(int min, int max) {
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("sizes " + min + " to " + max);
        }
        return random -> random.nextInt(10) == 0 ? min : random.nextInt(min, max + 1);
    }
}
