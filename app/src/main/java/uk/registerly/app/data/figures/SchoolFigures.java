package uk.registerly.app.data.figures;

import java.time.LocalDate;

import uk.registerly.rules.figures.FiguresByGroup;

/** The school's figures as the office tablet shows them: grouped, the date they were worked out on. */
public final class SchoolFigures {
    public final FiguresGrouping grouping;
    public final FiguresByGroup figures;
    /** The school day the evaluation is as of (the period's end). */
    public final LocalDate asOf;

    public SchoolFigures(FiguresGrouping grouping, FiguresByGroup figures, LocalDate asOf) {
        this.grouping = grouping;
        this.figures = figures;
        this.asOf = asOf;
    }
}
