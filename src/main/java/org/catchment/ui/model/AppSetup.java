package org.catchment.ui.model;

import java.nio.file.Path;
import java.util.Optional;
import org.catchment.BundledSample;
import org.catchment.Settings;
import org.catchment.UserDirs;

/**
 * What the app takes from the computer it runs on: the user's settings (recent files, window
 * layout) and the sample town (where it comes from, where the user's copy goes). The app uses
 * {@link #current()}; tests give folders of their own, so they touch neither the tester's settings
 * nor their documents.
 *
 * @param settings   the user's settings
 * @param sample     the sample that comes with Catchment, if it was found
 * @param sampleCopy the folder of the user's copy of the sample (made when first opened)
 */
public record AppSetup(Settings settings, Optional<BundledSample.Source> sample, Path sampleCopy) {

    /** @return this user's settings, this Catchment's sample and the copy in this user's documents */
    public static AppSetup current() {
        return of(UserDirs.current(), Settings.current(), BundledSample.find());
    }

    /**
     * @param dirs     the user's folders
     * @param settings the user's settings
     * @param sample   the sample, if any
     * @return the set-up with the sample's copy in {@code dirs}' documents
     */
    public static AppSetup of(UserDirs dirs, Settings settings, Optional<BundledSample.Source> sample) {
        return new AppSetup(settings, sample, BundledSample.userCopy(dirs));
    }
}
