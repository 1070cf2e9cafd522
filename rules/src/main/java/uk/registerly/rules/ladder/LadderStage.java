package uk.registerly.rules.ladder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import uk.registerly.rules.document.FieldProblem;
import uk.registerly.rules.document.InvalidDocumentException;

/**
 * One stage of a school's ladder: a stable id (what a case action names), a title, when it applies, what the
 * school does, when it is reviewed, and, for a warning letter, the school days it sets out. It also carries the
 * policy sentence it comes from and which of its values are assumed, so a screen can show both. Immutable.
 */
public final class LadderStage {
    /** Stable ids: upper case, digits and underscores, e.g. STAGE_1, COUNTY_REFERRAL. */
    public static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    public static final int MAX_TITLE = 120;
    public static final int MAX_SOURCE = 500;
    public static final int MAX_ACTIONS = 10;
    public static final int MAX_WARNING_SCHOOL_DAYS = 60;

    private final String id;
    private final String title;
    private final Track track;
    private final EntryCondition entry;
    private final List<StageAction> actions;
    private final ReviewPeriod review;
    private final Integer warningSchoolDays;
    private final String source;
    private final List<String> assumed;

    private LadderStage(Builder b) {
        List<FieldProblem> problems = new ArrayList<>();
        if (b.id == null || !ID.matcher(b.id).matches()) {
            problems.add(new FieldProblem("id", b.id == null ? "is required"
                    : "must be upper-case letters, digits and underscores, starting with a letter, at most 40 (is \""
                            + b.id + "\")"));
        }
        if (b.title == null || b.title.trim().isEmpty()) {
            problems.add(new FieldProblem("title", "is required"));
        } else if (b.title.trim().length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "must be at most " + MAX_TITLE + " characters"));
        }
        if (b.entry == null) {
            problems.add(new FieldProblem("entry", "is required"));
        }
        if (b.actions.isEmpty()) {
            problems.add(new FieldProblem("actions", "must not be empty"));
        } else if (b.actions.size() > MAX_ACTIONS) {
            problems.add(new FieldProblem("actions", "must have at most " + MAX_ACTIONS + " entries"));
        }
        for (int i = 0; i < b.actions.size(); i++) {
            StageAction action = b.actions.get(i);
            if (action == null) {
                problems.add(new FieldProblem("actions[" + i + "]", "is required"));
            } else if (!action.type().isStageAction()) {
                problems.add(new FieldProblem("actions[" + i + "].type", action.type()
                        + " is recorded on a case, not listed on a stage"));
            }
        }
        Track track = b.track == null ? Track.ESCALATION : b.track;
        if (b.warningSchoolDays != null) {
            if (b.warningSchoolDays < 1 || b.warningSchoolDays > MAX_WARNING_SCHOOL_DAYS) {
                problems.add(new FieldProblem("warningSchoolDays", "must be between 1 and " + MAX_WARNING_SCHOOL_DAYS));
            } else if (track == Track.ALONGSIDE) {
                problems.add(new FieldProblem("warningSchoolDays", "only an ESCALATION stage sets out a warning "
                        + "period (the next stage is entered when it is broken)"));
            }
        }
        if (track == Track.ALONGSIDE && b.entry != null && b.entry.relativePath() != null) {
            problems.add(new FieldProblem(FieldProblem.join("entry", b.entry.relativePath()) + ".kind",
                    "compares with the stage before; an ALONGSIDE stage has none"));
        }
        if (b.source != null && (b.source.trim().isEmpty() || b.source.trim().length() > MAX_SOURCE)) {
            problems.add(new FieldProblem("source", "must be non-blank and at most " + MAX_SOURCE + " characters"));
        }
        for (int i = 0; i < b.assumed.size(); i++) {
            if (b.assumed.get(i) == null || b.assumed.get(i).trim().isEmpty()) {
                problems.add(new FieldProblem("assumed[" + i + "]", "must be a non-blank string"));
            }
        }
        InvalidDocumentException.throwIfAny(problems);
        this.id = b.id;
        this.title = b.title.trim();
        this.track = track;
        this.entry = b.entry;
        this.actions = Collections.unmodifiableList(new ArrayList<>(b.actions));
        this.review = b.review;
        this.warningSchoolDays = b.warningSchoolDays;
        this.source = b.source == null ? null : b.source.trim();
        this.assumed = Collections.unmodifiableList(new ArrayList<>(b.assumed));
    }

    public static Builder builder(String id, String title) {
        return new Builder().id(id).title(title);
    }

    public Builder toBuilder() {
        Builder b = builder(id, title).track(track).entry(entry).review(review).warningSchoolDays(warningSchoolDays)
                .source(source);
        b.actions.addAll(actions);
        b.assumed.addAll(assumed);
        return b;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Track track() {
        return track;
    }

    public EntryCondition entry() {
        return entry;
    }

    /** What the school does at this stage, in its order; never empty. */
    public List<StageAction> actions() {
        return actions;
    }

    /** When the stage is reviewed after an action at it; null for none (the stage needs nothing more). */
    public ReviewPeriod review() {
        return review;
    }

    /**
     * School days after this stage's first action during which no unauthorised absence is to be recorded (Lady
     * Boswell's Penalty Notice Warning Letter: 15); null when the stage sets out none.
     */
    public Integer warningSchoolDays() {
        return warningSchoolDays;
    }

    /** The policy or regulation sentence the stage implements; null when none was given. */
    public String source() {
        return source;
    }

    /** Fields whose values the policy leaves open and were assumed, e.g. {@code entry.schoolWeeks}, {@code review}. */
    public List<String> assumed() {
        return assumed;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LadderStage)) {
            return false;
        }
        LadderStage s = (LadderStage) o;
        return id.equals(s.id) && title.equals(s.title) && track == s.track && entry.equals(s.entry)
                && actions.equals(s.actions) && Objects.equals(review, s.review)
                && Objects.equals(warningSchoolDays, s.warningSchoolDays) && Objects.equals(source, s.source)
                && assumed.equals(s.assumed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, track, entry, actions, review, warningSchoolDays, source, assumed);
    }

    @Override
    public String toString() {
        return id + " (" + entry + ")";
    }

    public static final class Builder {
        private String id;
        private String title;
        private Track track;
        private EntryCondition entry;
        private final List<StageAction> actions = new ArrayList<>();
        private ReviewPeriod review;
        private Integer warningSchoolDays;
        private String source;
        private final List<String> assumed = new ArrayList<>();

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder track(Track track) {
            this.track = track;
            return this;
        }

        /** Shorthand for {@code track(Track.ALONGSIDE)}. */
        public Builder alongside() {
            return track(Track.ALONGSIDE);
        }

        public Builder entry(EntryCondition entry) {
            this.entry = entry;
            return this;
        }

        public Builder action(StageAction action) {
            actions.add(action);
            return this;
        }

        public Builder actions(List<StageAction> list) {
            actions.clear();
            actions.addAll(list);
            return this;
        }

        public Builder review(ReviewPeriod review) {
            this.review = review;
            return this;
        }

        public Builder warningSchoolDays(Integer days) {
            this.warningSchoolDays = days;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** Marks fields as assumed (the policy leaves them open), e.g. "entry.schoolWeeks", "review". */
        public Builder assumed(String... fields) {
            Collections.addAll(assumed, fields);
            return this;
        }

        public Builder assumedFields(List<String> fields) {
            assumed.clear();
            assumed.addAll(fields);
            return this;
        }

        /** @throws InvalidDocumentException naming each field that is wrong */
        public LadderStage build() {
            return new LadderStage(this);
        }
    }
}
