package uk.registerly.app.office;

import android.widget.ArrayAdapter;
import android.widget.AutoCompleteTextView;
import android.widget.Button;

import androidx.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.ui.AfterTextChanged;

/**
 * A pupil chosen by name from the roster (type, then pick): the button it guards is enabled only while the text
 * is exactly one pupil's line, so a half-typed name never asks the server for the wrong child.
 */
final class PupilPicker {
    private final AutoCompleteTextView field;
    private final Button action;
    private final List<RosterPupil> pupils = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private boolean working;

    PupilPicker(AutoCompleteTextView field, Button action) {
        this.field = field;
        this.action = action;
        field.addTextChangedListener(new AfterTextChanged(text -> update()));
    }

    void setPupils(@Nullable List<RosterPupil> roster) {
        pupils.clear();
        lines.clear();
        if (roster != null) {
            for (RosterPupil pupil : roster) {
                pupils.add(pupil);
                lines.add(line(pupil));
            }
        }
        field.setAdapter(new ArrayAdapter<>(field.getContext(), android.R.layout.simple_list_item_1, lines));
        update();
    }

    void setWorking(boolean now) {
        working = now;
        update();
    }

    /** The chosen pupil's id, or null when the text names no one pupil. */
    @Nullable
    String chosen() {
        int index = lines.indexOf(field.getText().toString());
        return index < 0 ? null : pupils.get(index).id;
    }

    private void update() {
        action.setEnabled(!working && chosen() != null);
    }

    private String line(RosterPupil pupil) {
        // Name, year group and MIS number: two pupils with one name are told apart.
        return OfficeTexts.pupil(pupil) + " · " + OfficeTexts.yearGroup(field.getContext(), pupil) + (pupil.misId == null ? "" : " · " + pupil.misId);
    }
}
