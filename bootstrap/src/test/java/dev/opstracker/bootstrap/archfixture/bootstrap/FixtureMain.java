package dev.opstracker.bootstrap.archfixture.bootstrap;

/** The fixture's composition root: it may write to standard output. */
public final class FixtureMain {

    private FixtureMain() {
    }

    public static void main(String[] args) {
        System.out.println("started");
    }
}
