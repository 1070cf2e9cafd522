package uk.registerly.app.data.spotcheck;

import androidx.annotation.Nullable;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;

import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.rules.rollcall.OnSiteEntry;
import uk.registerly.rules.rollcall.SiteStatus;

/** One class at {@link #now}: each pupil with where the register and the sign-out book say they are. */
public final class SpotCheckClass {
    public final String classId;
    public final String className;
    public final LocalDateTime now;
    public final List<Pupil> pupils;

    /** A pupil of the class and the rules' word on them now. */
    public static final class Pupil {
        public final RosterPupil pupil;
        @Nullable
        public final OnSiteEntry onSite;

        public Pupil(RosterPupil pupil, @Nullable OnSiteEntry onSite) {
            this.pupil = pupil;
            this.onSite = onSite;
        }

        /** Expected in the room: present or late at registration and not signed out (what an alert needs). */
        public boolean expected() {
            return onSite != null && onSite.status() == SiteStatus.ON_SITE;
        }
    }

    public SpotCheckClass(String classId, String className, LocalDateTime now, List<Pupil> pupils) {
        this.classId = classId;
        this.className = className;
        this.now = now;
        this.pupils = Collections.unmodifiableList(pupils);
    }
}
