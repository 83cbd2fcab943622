package dev.opstracker.bootstrap;

import java.nio.file.Path;

/** Every time export format on the embedded H2 store. */
class TimeExportsH2Test extends TimeExportsContract {

    @Override
    Settings settings(Path temporary) {
        return Settings.embedded(temporary);
    }
}
