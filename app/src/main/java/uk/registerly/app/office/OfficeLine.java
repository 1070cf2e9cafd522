package uk.registerly.app.office;

import androidx.annotation.ColorRes;
import androidx.annotation.Nullable;

import java.util.Objects;

/** One line of an office list, ready to show: a pupil (or a section header) with what the line is about. */
final class OfficeLine {
    /** The id tapping the line selects (a pupil, a report, a request); null for a header. */
    @Nullable
    final String id;
    final String title;
    @Nullable
    final String subtitle;
    /** A short tag at the line's end (a code, a count, a state), coloured. */
    @Nullable
    final String tag;
    @ColorRes
    final int tagColour;
    /** What a screen reader says for the whole line. */
    final String description;

    private OfficeLine(@Nullable String id, String title, @Nullable String subtitle, @Nullable String tag,
                       int tagColour, String description) {
        this.id = id;
        this.title = title;
        this.subtitle = subtitle;
        this.tag = tag;
        this.tagColour = tagColour;
        this.description = description;
    }

    static OfficeLine header(String title) {
        return new OfficeLine(null, title, null, null, 0, title);
    }

    static OfficeLine of(String id, String title, @Nullable String subtitle, @Nullable String tag,
                         @ColorRes int tagColour) {
        StringBuilder description = new StringBuilder(title);
        if (subtitle != null) {
            description.append(". ").append(subtitle);
        }
        if (tag != null) {
            description.append(". ").append(tag);
        }
        return new OfficeLine(id, title, subtitle, tag, tagColour, description.toString());
    }

    boolean isHeader() {
        return id == null;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof OfficeLine)) {
            return false;
        }
        OfficeLine other = (OfficeLine) o;
        return Objects.equals(id, other.id) && title.equals(other.title) && Objects.equals(subtitle, other.subtitle)
                && Objects.equals(tag, other.tag) && tagColour == other.tagColour;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, subtitle, tag, tagColour);
    }
}
