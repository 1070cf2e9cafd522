package uk.registerly.app.parent;

import android.view.ViewGroup;

import java.util.List;

import uk.registerly.app.data.roster.RosterPupil;

/**
 * The children offered on a form (check boxes or radio buttons, each tagged with the child's id).
 * The list of children is re-sent whenever the roster changes; the choices are rebuilt only when
 * the children really differ, so nothing flickers and a tap is never lost to a rebuild.
 */
final class ChildChoices {
    private ChildChoices() {
    }

    static boolean same(ViewGroup choices, List<RosterPupil> children) {
        if (choices.getChildCount() != children.size()) {
            return false;
        }
        for (int i = 0; i < children.size(); i++) {
            if (!children.get(i).id.equals(choices.getChildAt(i).getTag())) {
                return false;
            }
        }
        return true;
    }
}
