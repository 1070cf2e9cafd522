package uk.registerly.app.data.figures;

/**
 * What the office tablet groups the school's figures by: what its own roster holds. The pupils' characteristics
 * (sex, FSM, SEN, EAL) are not on any tablet; those groups are the web dashboard's and the API's (issue 18).
 */
public enum FiguresGrouping {
    YEAR_GROUP,
    CLASS
}
